/** Which image a version means, and how a changed template is described without its values. */
import { describe, expect, it } from "vitest";
import { differences, digest, imageFor } from "../../src/targets/kubernetes/template.js";

describe("imageFor", () => {
  it.each([
    ["registry.example/web:1.0", "2.0", "registry.example/web:2.0"],
    ["registry.example:5000/team/web:1.0", "v2", "registry.example:5000/team/web:v2"],
    ["registry.example:5000/team/web", "v2", "registry.example:5000/team/web:v2"],
    ["web:1.0@sha256:0123abcd", "2.0", "web:2.0"],
    ["web@sha256:0123abcd", "2.0", "web:2.0"],
    ["web:1.0", "registry.example/web:2.0", "registry.example/web:2.0"],
    ["web:1.0", "web@sha256:feed", "web@sha256:feed"],
    ["web:1.0", "web:2.0", "web:2.0"],
  ])("%s with version %s runs %s", (current, version, expected) => {
    expect(imageFor(current, version)).toBe(expected);
  });
});

describe("differences", () => {
  const template = (env: Record<string, string>, image = "web:1") => ({
    metadata: { labels: { app: "web" } },
    spec: { containers: [{ name: "app", image, env: Object.entries(env).map(([name, value]) => ({ name, value })) }] },
  });

  it("names changed env entries by name, never their values, and shows images", () => {
    const found = differences(template({ DB_PASSWORD: "old-secret", A: "1" }), template({ DB_PASSWORD: "new-secret", B: "2" }, "web:2"));
    expect(found).toEqual([
      "spec.containers[app].env[DB_PASSWORD].value changed",
      "spec.containers[app].env[A] removed",
      "spec.containers[app].env[B] added",
      "spec.containers[app].image: web:1 → web:2",
    ]);
    expect(found.join(" ")).not.toMatch(/secret/);
  });

  it("finds nothing, and the same digest, when only key order differs", () => {
    const a = { spec: { containers: [{ name: "app", image: "web:1" }] }, metadata: { labels: { b: "2", a: "1" } } };
    const b = { metadata: { labels: { a: "1", b: "2" } }, spec: { containers: [{ image: "web:1", name: "app" }] } };
    expect(differences(a, b)).toEqual([]);
    expect(digest(a)).toBe(digest(b));
    expect(digest(a)).not.toBe(digest(template({})));
  });

  it("caps a long list", () => {
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`V${String(i).padStart(2, "0")}`, "x"]));
    expect(differences(template({}), template(many))).toHaveLength(9);
    expect(differences(template({}), template(many))[8]).toBe("and 4 more");
  });
});
