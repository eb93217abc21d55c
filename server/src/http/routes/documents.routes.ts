import type { FastifyReply, FastifyRequest } from 'fastify'
import { Type } from 'typebox'
import { Value } from 'typebox/value'
import { ValidationError } from '../../domain/errors.js'
import { registerDocument, type IncomingFile } from '../../services/registry/register-document.js'
import { readDocumentFile, type FileContent } from '../../services/registry/read-file.js'
import { presentCaseSummaryInternal } from '../presenters/case.presenter.js'
import { presentDocumentInternal } from '../presenters/document.presenter.js'
import { Id, RegistrationBody, RegistrationData } from '../schemas.js'
import { schemaIssuesToFields, type SchemaIssue } from '../validation-messages.js'
import type { AppContext } from '../app-context.js'
import type { TypedApp } from '../typed-app.js'

const tags = ['handlingar']

export function documentRoutes(app: TypedApp, ctx: AppContext) {
  const present = (r: Awaited<ReturnType<typeof registerDocument>>) => ({
    case: presentCaseSummaryInternal(r.case),
    document: presentDocumentInternal({ document: r.document, files: r.files, entitled: true }),
  })

  app.post(
    '/api/documents',
    {
      schema: {
        tags,
        summary: 'Registrera en handling (JSON, filer som base64)',
        body: RegistrationBody,
      },
      bodyLimit: 200 * 1024 * 1024,
    },
    async (request, reply) => {
      const { files, ...fields } = request.body
      const incoming: IncomingFile[] = (files ?? []).map((f, i) => {
        if (!/^[A-Za-z0-9+/=\s]*$/.test(f.contentBase64)) {
          throw new ValidationError('Filen kunde inte läsas.', [
            { field: `files[${i}]`, message: 'Innehållet är inte giltig base64.' },
          ])
        }
        return {
          fileName: f.fileName,
          bytes: Buffer.from(f.contentBase64, 'base64'),
          declaredType: f.mediaType,
        }
      })
      const result = await registerDocument(ctx.deps, ctx.ctx(request), request.actor, {
        ...fields,
        files: incoming,
      })
      return reply.code(201).send(present(result))
    },
  )

  app.post(
    '/api/documents/upload',
    {
      schema: {
        tags,
        summary:
          'Registrera en handling med filuppladdning (multipart: fältet "data" med JSON, och filer)',
        consumes: ['multipart/form-data'],
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new ValidationError('Skicka formuläret som multipart/form-data.', [], 'not_multipart')
      }
      let data: unknown = undefined
      const files: IncomingFile[] = []
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          const bytes = await part.toBuffer()
          files.push({ fileName: part.filename, bytes, declaredType: part.mimetype })
        } else if (part.fieldname === 'data') {
          try {
            data = JSON.parse(String(part.value))
          } catch {
            throw new ValidationError('Registreringsuppgifterna kunde inte tolkas.', [
              { field: 'data', message: 'Ogiltig JSON.' },
            ])
          }
        }
      }
      if (!Value.Check(RegistrationData, data)) {
        const issues = [...Value.Errors(RegistrationData, data ?? null)] as unknown as SchemaIssue[]
        throw new ValidationError('Uppgifterna är inte giltiga.', schemaIssuesToFields(issues))
      }
      const result = await registerDocument(ctx.deps, ctx.ctx(request), request.actor, {
        ...data,
        files,
      })
      return reply.code(201).send(present(result))
    },
  )

  app.get(
    '/api/documents/:id/files/:fileId',
    {
      schema: {
        tags,
        summary: 'Hämta en fil (kontrolleras mot sin SHA-256; sekretess loggas)',
        params: Type.Object({ id: Id, fileId: Id }),
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await readDocumentFile(
          ctx.deps,
          ctx.ctx(request),
          request.actor,
          request.params.id,
          request.params.fileId,
        ),
      ),
  )
}

/**
 * Sends verified bytes as a download (or, `inline`, for the browser's viewer: notices and
 * minutes); the name is encoded so no header can be injected.
 */
export function sendFile(
  reply: FastifyReply,
  file: FileContent,
  disposition: 'attachment' | 'inline' = 'attachment',
) {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return reply
    .header('content-type', file.mediaType)
    .header(
      'content-disposition',
      `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(Buffer.from(file.bytes))
}

export type { FastifyRequest }
