import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** The shape limits of one operation, with fragments expanded (see queryLimits). */
export interface QueryLimits {
  /** Deepest chain of nested fields (introspection fields are left to graphql-js' own rule). */
  maxDepth: number;
  /** Aliased fields, counted once per place they end up in the expanded operation. */
  maxAliases: number;
  /** Fields of the expanded operation: what the server would have to resolve at least once each. */
  maxFields: number;
}

/** What a selection set asks for once its fragments are expanded. */
export interface SelectionSummary {
  depth: number;
  fields: number;
  aliases: number;
}

/**
 * Summarises every selection set of a document in one pass over its text: each fragment is
 * summarised once (memoised) and a spread adds its summary, so a document whose fragments spread
 * each other twice per level (2^30 paths) costs as much as its length, never its expansion.
 * Counts grow as floating-point numbers and are only compared, never enumerated. A fragment
 * cycle (refused by NoFragmentCyclesRule anyway) counts as empty where it closes.
 */
export class SelectionSummaries {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly memo = new Map<string, SelectionSummary>();
  private readonly inProgress = new Set<string>();

  constructor(definitions: readonly { kind: Kind }[]) {
    for (const def of definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) {
        const fragment = def as FragmentDefinitionNode;
        this.fragments.set(fragment.name.value, fragment);
      }
    }
  }

  of(selectionSet: SelectionSetNode | undefined): SelectionSummary {
    const summary: SelectionSummary = { depth: 0, fields: 0, aliases: 0 };
    if (!selectionSet) return summary;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const inner = this.of(selection.selectionSet);
        summary.fields += 1 + inner.fields;
        summary.aliases += (selection.alias ? 1 : 0) + inner.aliases;
        // Introspection's own nesting is bounded by graphql-js' MaxIntrospectionDepthRule.
        if (!selection.name.value.startsWith('__')) summary.depth = Math.max(summary.depth, 1 + inner.depth);
      } else {
        const inner =
          selection.kind === Kind.INLINE_FRAGMENT
            ? this.of(selection.selectionSet)
            : this.ofFragment(selection.name.value);
        summary.fields += inner.fields;
        summary.aliases += inner.aliases;
        summary.depth = Math.max(summary.depth, inner.depth);
      }
    }
    return summary;
  }

  ofFragment(name: string): SelectionSummary {
    const known = this.memo.get(name);
    if (known) return known;
    const fragment = this.fragments.get(name);
    if (!fragment || this.inProgress.has(name)) return { depth: 0, fields: 0, aliases: 0 };
    this.inProgress.add(name);
    const summary = this.of(fragment.selectionSet);
    this.inProgress.delete(name);
    this.memo.set(name, summary);
    return summary;
  }
}

/**
 * A validation rule that refuses operations nested deeper than `maxDepth` fields, with more
 * than `maxAliases` aliases or more than `maxFields` fields once fragments are expanded. It runs
 * in time linear in the document's length (SelectionSummaries), so any document under the body
 * limit is validated in milliseconds.
 */
export function queryLimits(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const summaries = new SelectionSummaries(context.getDocument().definitions);
    return {
      OperationDefinition(operation) {
        const { depth, fields, aliases } = summaries.of(operation.selectionSet);
        const name = operation.name?.value ?? 'operation';
        // Apollo reports validation errors as BAD_USER_INPUT (reason GRAPHQL_VALIDATION_FAILED).
        const refuse = (message: string) =>
          context.reportError(new GraphQLError(message, { nodes: [operation] }));
        if (depth > limits.maxDepth) {
          refuse(`The ${name} is nested ${depth} levels deep; at most ${limits.maxDepth} are allowed.`);
        }
        if (aliases > limits.maxAliases) {
          refuse(
            `The ${name} uses ${count(aliases)} aliases once its fragments are expanded; at most ${limits.maxAliases} are allowed.`,
          );
        }
        if (fields > limits.maxFields) {
          refuse(
            `The ${name} selects ${count(fields)} fields once its fragments are expanded; at most ${limits.maxFields} are allowed.`,
          );
        }
      },
    };
  };
}

/** A count for a message: exact up to 2^53, then in scientific notation. */
export function count(n: number): string {
  return Number.isSafeInteger(n) ? String(n) : n.toExponential(2);
}
