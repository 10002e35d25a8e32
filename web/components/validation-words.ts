// Says the server's VALIDATION_ERROR issues in plain words, keyed by field path so each shows beside its input.

import type { ArtifactKind } from '../../protocol/artifacts.ts';
import { FIELDS } from '../library/artifact-fields.ts';

export interface ValidationIssue {
  path: string[];
  code: string;
  message: string;
}

/** The issues in an ApiError's details, or none when they are missing or not of that shape. */
export function issuesOf(details: unknown): ValidationIssue[] {
  const issues = (details as { issues?: unknown } | null)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.flatMap((issue) => {
    const { path, code, message } = (issue ?? {}) as Record<string, unknown>;
    if (!Array.isArray(path) || typeof code !== 'string') return [];
    return [{ path: path.map(String), code, message: typeof message === 'string' ? message : '' }];
  });
}

const NESTED_LABEL: Record<string, string> = {
  acts: 'Act',
  beats: 'beat',
  relationships: 'Relationship',
  name: 'name',
  summary: 'summary',
  description: 'description',
  relationship: 'relationship',
};

/** The lists the form edits row by row have no FIELDS entry; a whole list is named in the plural. */
const LIST_LABEL: Record<string, string> = { acts: 'Acts', relationships: 'Relationships' };

/** "Act 2, beat 1, name" for acts.1.beats.0.name; a top-level field by its form label. */
export function placeOf(kind: ArtifactKind, path: readonly string[]): string {
  const top = path[0] ?? '';
  const label = FIELDS[kind].find((field) => field.name === top)?.label;
  if (path.length === 1) return label ?? LIST_LABEL[top] ?? top;
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const part = path[i] ?? '';
    const index = path[i + 1];
    if (index !== undefined && /^\d+$/.test(index)) {
      parts.push(`${NESTED_LABEL[part] ?? part} ${Number(index) + 1}`);
      i++;
    } else {
      parts.push(NESTED_LABEL[part] ?? part);
    }
  }
  const [first = '', ...rest] = parts;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(', ');
}

function limitOf(message: string): string | null {
  return /<=?\s*(\d+)/.exec(message)?.[1] ?? null;
}

/** What is wrong, without the schema's jargon. */
export function problemWords(issue: ValidationIssue): string {
  const limit = limitOf(issue.message);
  const aboutList = /array|items/.test(issue.message);
  switch (issue.code) {
    case 'too_small':
      return aboutList ? 'needs at least one entry' : 'cannot be empty';
    case 'too_big':
      if (aboutList) return limit ? `can have at most ${limit} entries` : 'has too many entries';
      return limit ? `is too long (at most ${limit} characters)` : 'is too long';
    case 'invalid_type':
      return 'is missing or of the wrong kind';
    default:
      return issue.message || 'is not valid';
  }
}

/** Each issue as a sentence, under the path it belongs to ("acts.1.beats.0.name"). */
export function validationProblems(
  kind: ArtifactKind,
  issues: readonly ValidationIssue[],
): Map<string, string> {
  const problems = new Map<string, string>();
  for (const issue of issues) {
    const key = issue.path.join('.');
    if (!problems.has(key)) problems.set(key, `${placeOf(kind, issue.path)} ${problemWords(issue)}.`);
  }
  return problems;
}
