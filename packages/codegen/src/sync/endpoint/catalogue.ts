import { z } from "zod";
import { EndpointError } from "./endpoint-answer.js";

/** One API as the catalogue lists it, with the category (catelog tree) it sits in. */
export interface CatalogueApi {
  docId: number;
  method: string;
  title?: string | undefined;
  categoryId: number;
  category: string;
}

const ApiRow = z.looseObject({ docId: z.number().int().positive(), name: z.string(), subName: z.string().nullish() });
const Tree = z.looseObject({ id: z.number(), name: z.string(), catelogList: z.array(ApiRow).nullish() });
/** `data` of getApiCatelogConfig.json: `treeCategories[].catelogTrees[].catelogList[]`. */
const CatalogueSchema = z.looseObject({
  treeCategories: z.array(z.looseObject({ catelogTrees: z.array(Tree).nullish() })),
});

/** Flattens the catalogue into APIs; a shape we do not know is an `EndpointError` naming the bad key. */
export function readCatalogue(data: unknown): CatalogueApi[] {
  const parsed = CatalogueSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new EndpointError(`the catalogue has an unexpected shape at data.${issue.path.join(".")}: ${issue.message}`);
  }
  return parsed.data.treeCategories.flatMap((top) =>
    (top.catelogTrees ?? []).flatMap((tree) =>
      (tree.catelogList ?? []).map((row) => ({
        docId: row.docId,
        method: row.name.trim(),
        title: row.subName ?? undefined,
        categoryId: tree.id,
        category: tree.name.trim(),
      })),
    ),
  );
}
