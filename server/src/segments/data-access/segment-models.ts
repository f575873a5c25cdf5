import mongoose, { Schema } from 'mongoose';

const segmentSchema = new Schema(
  {
    tenantId: { type: String, required: true },
    no: { type: String, required: true },
    requestKey: { type: String, required: true },
    description: { type: String, default: '' },
    salespersonCode: { type: String, default: '' },
    date: { type: String, default: '' },
    interaction: { type: Schema.Types.Mixed, default: {} },
    lastLineNo: { type: Number, default: 0 },
    lastStepNo: { type: Number, default: 0 },
    steps: { type: [Schema.Types.Mixed], default: [] },
    // Set when logging starts; a retry after a crash resumes with the same numbers.
    logging: { type: Schema.Types.Mixed, default: null },
    // Its lines counted as they are written (segment-line-counts.ts); absent on segments made before.
    lineCounts: { type: Schema.Types.Mixed, default: null },
    // Its lines' _ids are one range (segment-line-repository.ts); absent on segments made before.
    keyedLines: { type: Boolean },
    createdAt: { type: Date },
  },
  { versionKey: false, collection: 'segments' },
);
segmentSchema.index({ tenantId: 1, no: 1 }, { unique: true });
segmentSchema.index({ tenantId: 1, requestKey: 1 }, { unique: true });

const segmentLineSchema = new Schema(
  {
    // `<tenant>:sl:<hex segment no>:<line no>` (segment-line-repository.ts); an ObjectId on lines made before.
    _id: { type: String },
    tenantId: { type: String, required: true },
    segmentNo: { type: String, required: true },
    lineNo: { type: Number, required: true },
    contactNo: { type: String, required: true },
    contactName: { type: String, default: '' },
    contactCompanyNo: { type: String, default: '' },
    contactCompanyName: { type: String },
    contactSalespersonCode: { type: String, default: '' },
    contactCorrespondenceType: { type: String, default: '' },
    contactLanguageCode: { type: String, default: '' },
    overrides: { type: Schema.Types.Mixed, default: {} },
    personalNote: { type: String },
    // The file name of a letter uploaded for this contact in place of the merged one (bytes in correspondence).
    ownLetter: { type: String },
    addedInStep: { type: Number, default: 0 },
  },
  { versionKey: false, collection: 'segment_lines' },
);
segmentLineSchema.index({ tenantId: 1, segmentNo: 1, lineNo: 1 }, { unique: true });
segmentLineSchema.index({ tenantId: 1, segmentNo: 1, contactNo: 1 }, { unique: true });
segmentLineSchema.index({ tenantId: 1, segmentNo: 1, addedInStep: 1 });

// Lines taken out by a reduce/refine step, kept so that the step can be undone.
const removedSegmentLineSchema = new Schema(
  {
    tenantId: { type: String, required: true },
    segmentNo: { type: String, required: true },
    stepNo: { type: Number, required: true },
    lineNo: { type: Number, required: true },
    line: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false, collection: 'segment_removed_lines' },
);
removedSegmentLineSchema.index({ tenantId: 1, segmentNo: 1, stepNo: 1, lineNo: 1 }, { unique: true });

const savedCriteriaSchema = new Schema(
  {
    _id: { type: String, required: true },
    tenantId: { type: String, required: true },
    code: { type: String, required: true },
    description: { type: String, default: '' },
    steps: { type: [Schema.Types.Mixed], default: [] },
  },
  { versionKey: false, collection: 'saved_segment_criteria' },
);
savedCriteriaSchema.index({ tenantId: 1, code: 1 }, { unique: true });

const loggedSegmentSchema = new Schema(
  {
    tenantId: { type: String, required: true },
    entryNo: { type: Number, required: true },
    segmentNo: { type: String, required: true },
    description: { type: String, default: '' },
    noOfInteractions: { type: Number, default: 0 },
    followUpSegmentNo: { type: String, default: '' },
    createdAt: { type: Date },
    userId: { type: String, default: '' },
    canceled: { type: Boolean, default: false },
    completed: { type: Boolean, default: false },
    // Entries of correspondence type hard copy it made (the letters); null when not known (a resumed run).
    hardCopyEntries: { type: Number, default: null },
    // Its segment's lines are still to be removed (after the answer; a crash leaves them to the sweep).
    linesToRemove: { type: Boolean, default: false },
    // Its segment's lines are one _id range (removed through the _id index).
    keyedLines: { type: Boolean },
  },
  { versionKey: false, collection: 'logged_segments' },
);
loggedSegmentSchema.index({ tenantId: 1, entryNo: 1 }, { unique: true });
loggedSegmentSchema.index({ tenantId: 1, segmentNo: 1, completed: 1 });
loggedSegmentSchema.index({ tenantId: 1, linesToRemove: 1 });

export const SegmentModel = mongoose.models.Segment ?? mongoose.model('Segment', segmentSchema);
export const SegmentLineModel = mongoose.models.SegmentLine ?? mongoose.model('SegmentLine', segmentLineSchema);
export const RemovedSegmentLineModel =
  mongoose.models.RemovedSegmentLine ?? mongoose.model('RemovedSegmentLine', removedSegmentLineSchema);
export const SavedCriteriaModel =
  mongoose.models.SavedSegmentCriteria ?? mongoose.model('SavedSegmentCriteria', savedCriteriaSchema);
export const LoggedSegmentModel = mongoose.models.LoggedSegment ?? mongoose.model('LoggedSegment', loggedSegmentSchema);
