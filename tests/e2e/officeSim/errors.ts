/** Errors shaped like OfficeExtension.Error: an Error with `code`, `debugInfo`, name "RichApi.Error". */

/** The codes of Excel.ErrorCodes the simulator raises (and the rest of the enum, for code that compares). */
export const ERROR_CODES = {
  accessDenied: 'AccessDenied',
  apiNotFound: 'ApiNotFound',
  generalException: 'GeneralException',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  invalidReference: 'InvalidReference',
  invalidSelection: 'InvalidSelection',
  invalidObjectPath: 'InvalidObjectPath',
  invalidRequestContext: 'InvalidRequestContext',
  itemAlreadyExists: 'ItemAlreadyExists',
  itemNotFound: 'ItemNotFound',
  notImplemented: 'NotImplemented',
  propertyNotLoaded: 'PropertyNotLoaded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  runMustReturnPromise: 'RunMustReturnPromise',
  unsupportedOperation: 'UnsupportedOperation',
} as const;

export type ErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** Excel's own wording for each code; the simulator adds what and where after it. */
const WORDING: Record<ErrorCode, string> = {
  AccessDenied: 'You cannot perform the requested operation.',
  ApiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  GeneralException: 'There was an internal error while processing the request.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidReference: 'This reference is not valid for the current operation.',
  InvalidSelection: 'The current selection is invalid for this operation.',
  InvalidObjectPath: 'The object path is not working for what you are trying to do.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  ItemAlreadyExists: 'The resource already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  NotImplemented: "The requested feature isn't implemented.",
  PropertyNotLoaded: 'The property is not available.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  RunMustReturnPromise: 'The batch function passed to the ".run" method didn\'t return a promise.',
  UnsupportedOperation: 'The operation being attempted is not supported.',
};

export class SimError extends Error {
  readonly code: ErrorCode;
  readonly debugInfo: { code: ErrorCode; message: string; errorLocation?: string };
  /** Excel fills this for batch errors; kept for code that logs it. */
  readonly traceMessages: string[] = [];

  constructor(code: ErrorCode, detail?: string, errorLocation?: string) {
    const message = detail ? `${WORDING[code]} ${detail}` : WORDING[code];
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = errorLocation ? { code, message, errorLocation } : { code, message };
  }
}

export function simError(code: ErrorCode, detail?: string, errorLocation?: string): SimError {
  return new SimError(code, detail, errorLocation);
}

/** Office.js's message for a property read before load + sync. */
export function propertyNotLoaded(property: string, typeName: string): SimError {
  const error = new SimError('PropertyNotLoaded', undefined, `${typeName}.${property}`);
  Object.defineProperty(error, 'message', {
    value:
      `The property '${property}' is not available. Before reading the property's value, call the load method ` +
      `on the containing object and call "context.sync()" on the associated request context. (${typeName}.${property})`,
  });
  return error;
}
