/** Field-level problem in an input, with a Swedish message for the user. */
export interface FieldError {
  field: string
  message: string
}

/**
 * Errors with a stable code and a Swedish message. Services throw these; the HTTP edge and
 * the CLI map them (http/error-handler.ts, cli/output.ts). Nothing here knows about HTTP.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: { fields?: FieldError[]; [key: string]: unknown },
  ) {
    super(message)
    this.name = new.target.name
  }
}

export class ValidationError extends DomainError {
  constructor(message: string, fields: FieldError[] = [], code = 'validation_failed') {
    super(code, message, { fields })
  }
  get fields(): FieldError[] {
    return this.details?.fields ?? []
  }
}

export class NotFoundError extends DomainError {}
export class ForbiddenError extends DomainError {}
export class UnauthenticatedError extends DomainError {}
export class ConflictError extends DomainError {}
/** A service Kansli depends on (an AI provider) failed, timed out or answered nonsense. */
export class UpstreamError extends DomainError {}
/** The request was understood and refused by a rule (the AI guard's BLOCK). */
export class RefusedError extends DomainError {}
/** Stored bytes no longer match their recorded hash, or are gone. */
export class IntegrityError extends DomainError {}

/** Throws one ValidationError listing every problem, or nothing when the list is empty. */
export function assertNoFieldErrors(
  fields: FieldError[],
  message = 'Uppgifterna är inte giltiga.',
) {
  if (fields.length > 0) throw new ValidationError(message, fields)
}
