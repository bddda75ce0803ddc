/**
 * The fake API server on its own, its time running ten times faster than the clock, for
 * trying the Kubernetes target by hand or running the Kubernetes tests in their
 * real-cluster mode against it:
 *
 *   npx tsx tools/kube-api/serve.ts          # prints the KUBECONFIG to use; Ctrl-C stops it
 */
import { startKubeApi } from "./server.js";

const kube = await startKubeApi({ realtime: 10 });
console.log(`fake Kubernetes API at ${kube.url}, time x10`);
console.log(`export KUBECONFIG=${kube.kubeconfigPath}`);
const stop = async () => {
  await kube.close();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
setInterval(() => undefined, 1 << 30);
