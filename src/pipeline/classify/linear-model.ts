/** A binary logistic-regression model over named features (built by scripts/train-classify.ts). */
export interface LinearModel {
  bias: number;
  weights: Record<string, number>;
}

/** The statistical second opinion's models (src/pipeline/classify/model-weights.json). */
export interface ModelBundle {
  /** privacy_request (1) vs question (0), on human mail. */
  category: LinearModel;
  /** One model per right, trained on privacy requests only. */
  types: Record<string, LinearModel>;
  /** agent vs not and parent vs not, on privacy requests only. */
  agent: LinearModel;
  parent: LinearModel;
  /**
   * `other` (a person's mail that is no privacy matter: junk, pitches, misdirected mail) vs a
   * request or question, on human mail. Absent from bundles trained before it: then nothing is
   * read as junk by the model.
   */
  other?: LinearModel;
  /**
   * The verdict model (reconsider-category.ts): a softmax over the three categories a person's
   * mail can take, read from what the rules and the models made of it (verdict-features.ts).
   * Absent from bundles trained before it: then no reading is reconsidered.
   */
  verdict?: VerdictModel;
  /** What the bundle was trained on, in words. */
  trainedOn?: string;
}

/**
 * A softmax over `classes` (category names: privacy_request, question, other): each feature's
 * weight for each class, in the order of `classes`. Plain strings, as the weights file gives them.
 */
export interface VerdictModel {
  classes: string[];
  bias: number[];
  weights: Record<string, number[]>;
}
