#!/usr/bin/env python3
"""Prints the ratios BENCHMARKS.md quotes from JMH JSON result files (-rf json -rff FILE).

Each ratio is taken between two scores measured in the same run; its error is the ratio times the
root sum of squares of the two scores' relative errors (JMH's 99.9% confidence half-widths).
"""
import json
import math
import sys


def load(paths):
    scores = {}
    for path in paths:
        for r in json.load(open(path)):
            name = r["benchmark"].rsplit(".", 1)[1]
            params = tuple(sorted((r.get("params") or {}).items()))
            m = r["primaryMetric"]
            err = m["scoreError"] if isinstance(m["scoreError"], (int, float)) and not math.isnan(m["scoreError"]) else 0.0
            scores[(name, params)] = (m["score"], err, m["scoreUnit"])
    return scores


def ratio(a, b):
    (sa, ea, _), (sb, eb, _) = a, b
    r = sa / sb
    rel = math.sqrt((ea / sa) ** 2 + (eb / sb) ** 2)
    return r, r * rel


def main():
    scores = load(sys.argv[1:])
    for (name, params), (s, e, u) in sorted(scores.items()):
        print(f"{name:20} {dict(params)}  {s:.4g} ± {e:.2g} {u}")
    print()
    by_params = {}
    for (name, params), v in scores.items():
        by_params.setdefault(params, {})[name] = v
    pairs = [
        ("scanList", "registerList"), ("h2List", "registerList"),
        ("scanCount", "registerCount"), ("h2Count", "registerCount"),
        ("readRegister", "readDatabind"), ("readContents", "readDatabind"),
        ("writeRegister", "writeDatabind"), ("respond", "underlyingQueries"),
        ("wholeRegister", "perAsset"),
        ("deriveView", "buildOvert"), ("deriveView", "buildWhole"),
        ("respond", "writeDisclosed"), ("renderText", "writeDisclosed"),
        ("asRecordedAt", "readJson"),
    ]
    for params, names in sorted(by_params.items()):
        for a, b in pairs:
            if a in names and b in names:
                r, e = ratio(names[a], names[b])
                print(f"{dict(params)}  {a} / {b} = {r:.3g} ± {e:.2g}")


if __name__ == "__main__":
    main()
