/**
 * What the browser needs of an assessment: the validated content minus page-only text,
 * so the island's props stay small.
 */
import type { AssessmentData } from '../../schemas/assessment';
import type { ClientAssessment } from './model';

export function toClientAssessment(data: AssessmentData): ClientAssessment {
  return {
    id: data.id,
    code: data.code,
    kind: data.kind,
    title: data.title,
    version: data.version,
    ...(data.instructions ? { instructions: data.instructions } : {}),
    scale: data.scale,
    minAnswered: data.minAnswered,
    ...(data.role ? { role: data.role } : {}),
    dimensions: data.dimensions.map(({ id, name, description, kind, refersTo, sides, scale, reliability, sd, bands, partOf }) => ({
      id,
      name,
      description,
      kind,
      refersTo,
      ...(sides ? { sides } : {}),
      ...(scale ? { scale } : {}),
      ...(reliability !== undefined ? { reliability } : {}),
      ...(sd !== undefined ? { sd } : {}),
      bands,
      ...(partOf ? { partOf } : {}),
    })),
    items: data.items.map(({ id, text, leaderText, dimension, side, reverse, weight }) => ({
      id,
      text,
      ...(leaderText ? { leaderText } : {}),
      dimension,
      ...(side ? { side } : {}),
      reverse,
      weight,
    })),
    // An earlier version's item wording is for the verantwoording, not for the island.
    legacy: data.legacy.map(({ version, dimensions }) => ({ version, dimensions })),
    formerIds: data.formerIds,
  };
}
