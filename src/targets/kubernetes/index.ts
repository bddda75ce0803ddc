/** The Kubernetes target, built as a bundle of its own (`dist/kubernetes`): see `../make.ts`. */
export { createKubernetesTarget } from "./target.js";
