// Automatic recording of sent emails and meetings through Graph change notifications. Its
// routes and worker are mounted and started where the server is assembled; others use its types.
export type { AutomaticRecording, RecordingKind } from './domain/recording-schema';
export type { RecordingOptions } from './domain/recording-service';
