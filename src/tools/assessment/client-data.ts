/**
 * What the browser needs of an assessment: the validated content minus page-only text,
 * so the island's props stay small.
 */
import type { AssessmentData } from '../../schemas/assessment';
import type { Assessment } from './model';

export function toClientAssessment(data: AssessmentData): Assessment {
  return {
    id: data.id,
    code: data.code,
    title: data.title,
    version: data.version,
    scale: data.scale,
    minAnsweredShare: data.minAnsweredShare,
    dimensions: data.dimensions.map(({ id, name, description, bands }) => ({ id, name, description, bands })),
    items: data.items.map(({ id, text, dimension, reverse, weight }) => ({ id, text, dimension, reverse, weight })),
  };
}
