#!/usr/bin/env bash
# What can be checked of the compose deployment without a Docker engine: every service that is
# built has its Dockerfile in its context and its target is a stage of it, every COPY source
# exists there (and is not excluded by .dockerignore), every COPY --from names a stage, and every
# image (pulled or a base) has a pinned tag. Reads `docker-compose config` (the file as the
# engine would see it).
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
docker-compose -f "$HERE/docker-compose.yml" config | /usr/bin/python3 -c '
import os, re, sys, yaml
problems = []
def pinned(image, where):
    name, _, tag = image.rpartition(":") if ":" in image.split("/")[-1] else (image, "", "")
    if not tag or tag == "latest":
        problems.append(f"{where}: image {image} has no pinned tag")
config = yaml.safe_load(sys.stdin)
for service, spec in config["services"].items():
    if "image" in spec and "build" not in spec:
        pinned(spec["image"], service)
    if "build" not in spec:
        continue
    context = spec["build"]["context"]
    dockerfile = os.path.join(context, spec["build"].get("dockerfile", "Dockerfile"))
    if not os.path.isfile(dockerfile):
        problems.append(f"{service}: no Dockerfile at {dockerfile}")
        continue
    ignore = os.path.join(context, ".dockerignore")
    ignored = [l.strip().strip("/").replace("**/", "") for l in open(ignore)] if os.path.exists(ignore) else []
    stages = set()
    for line in open(dockerfile):
        line = line.strip()
        m = re.match(r"FROM\s+(\S+)(?:\s+AS\s+(\S+))?", line, re.I)
        if m:
            if m.group(1) not in stages:   # an image, not an earlier stage of this file
                pinned(m.group(1), f"{service} ({dockerfile})")
            if m.group(2):
                stages.add(m.group(2))
            continue
        m = re.match(r"COPY\s+(.*)", line, re.I)
        if not m:
            continue
        parts = m.group(1).split()
        source = [p for p in parts if p.startswith("--from=")]
        if source:
            if source[0][7:] not in stages:
                problems.append(f"{service}: COPY {source[0]} names no stage of {dockerfile}")
            continue
        for src in [p for p in parts if not p.startswith("--")][:-1]:
            path = os.path.normpath(os.path.join(context, src))
            if not os.path.exists(path):
                problems.append(f"{service}: COPY source {src} is not in the build context {context}")
            elif src != "." and any(src.strip("/").startswith(i) for i in ignored if i and not i.startswith("#")):
                problems.append(f"{service}: COPY source {src} is excluded by .dockerignore")
    target = spec["build"].get("target")
    if target and target not in stages:
        problems.append(f"{service}: target {target} is no stage of {dockerfile}")
    print(f"ok: {service} builds from {os.path.relpath(dockerfile, context)}" + (f", target {target}" if target else ""))
for p in problems:
    print("problem: " + p)
sys.exit(1 if problems else 0)
'
