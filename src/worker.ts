// STUB — worker for the CLI's parallel file processing.
export {};
