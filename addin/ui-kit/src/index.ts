// Generic UI parts: nothing here knows Interlog's features, services or hosts.
export * from './ThemeRoot/ThemeRoot';
export * from './DialogFrame/DialogFrame';
export * from './ConfirmDialog/ConfirmDialog';
export * from './FormDialog/FormDialog';
export * from './ViewDialog/ViewDialog';
export * from './FileButton/FileButton';
export * from './ChoiceField/ChoiceField';
export * from './RowMenu/RowMenu';
export * from './DataTable/DataTable';
export * from './PagedListBody/PagedListBody';
export * from './StatusBar/problem-text';
export * from './StatusBar/DismissAction';
export * from './StatusBar/ProblemBar';
export * from './StatusBar/SavedBar';
export * from './hooks/use-action';
export * from './hooks/use-paged-query';
export * from './hooks/save-file';
