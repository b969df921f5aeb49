#!/usr/bin/env python3
"""Quick checker for briefing datasets (data/briefings.json and the like).

Usage: python3 scripts/check-quotes.py [FILE...]   (default: data/briefings.json)

Checks, per briefing:
  * every quote (header quotes, project quotes, status/capacity quotes, requests, notes,
    directive quotes) is a substring of source.text after collapsing whitespace runs to one space;
  * every glossary term occurs verbatim (case-sensitive, whitespace-collapsed) in source.text;
  * the fields match the Rust types in src/model/dataset.rs (no unknown fields, required present);
  * ids are unique, industry/status/scope references resolve, capacities are positive and finite,
    dates are in range.
This is a convenience; `cargo run --bin validate -- FILE...` is the authoritative validator.
Exit status is non-zero if anything fails.
"""
import json
import math
import re
import sys

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def fields(where, obj, required, optional=()):
    if not isinstance(obj, dict):
        err(where, "expected an object")
        return False
    for key in required:
        if key not in obj:
            err(where, f"missing required field `{key}`")
    for key in obj:
        if key not in required and key not in optional:
            err(where, f"unknown field `{key}`")
    return True


def nonempty_str(where, value):
    if not isinstance(value, str) or not value.strip():
        err(where, "expected a non-empty string")
        return False
    return True


def unique(where, ids):
    seen = set()
    for i in ids:
        if i in seen:
            err(where, f"duplicate id `{i}`")
        seen.add(i)


def check_file(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    nquotes = 0
    fields(path, data, ["industries", "statuses", "briefings"], ["title"])
    industries = data.get("industries", [])
    statuses = data.get("statuses", [])
    for i, ind in enumerate(industries):
        w = f"{path}: industries[{i}]"
        if fields(w, ind, ["id", "label"], ["color"]):
            nonempty_str(w + ".id", ind.get("id"))
            nonempty_str(w + ".label", ind.get("label"))
            if "color" in ind and not re.fullmatch(r"#[0-9a-fA-F]{6}", str(ind["color"])):
                err(w, "color must be #rrggbb")
    for i, st in enumerate(statuses):
        w = f"{path}: statuses[{i}]"
        if fields(w, st, ["id", "label"]):
            nonempty_str(w + ".id", st.get("id"))
            nonempty_str(w + ".label", st.get("label"))
    industry_ids = [x.get("id") for x in industries]
    status_ids = [x.get("id") for x in statuses]
    unique(f"{path}: industries", industry_ids)
    unique(f"{path}: statuses", status_ids)
    unique(f"{path}: briefings", [b.get("id") for b in data.get("briefings", [])])

    for bi, b in enumerate(data.get("briefings", [])):
        bw = f"{path}: briefing {b.get('id', bi)}"
        fields(bw, b, ["id", "title", "date", "place", "officials", "source", "projects"],
               ["participants", "quotes", "glossary", "directives"])
        src = b.get("source", {})
        fields(bw + ".source", src, ["title", "language", "note", "text"])
        text = norm(src.get("text", ""))
        if not text:
            err(bw, "source.text is empty")

        def quote(where, q):
            nonlocal nquotes
            nquotes += 1
            if not nonempty_str(where, q):
                return
            if len(norm(q)) < 10:
                err(where, f"quote too short to be a sentence or clause: {q!r}")
            elif norm(q) not in text:
                err(where, f"quote not found in source.text: {q!r}")

        date = b.get("date", {})
        if fields(bw + ".date", date, ["month", "day"], ["year"]):
            if not (isinstance(date.get("month"), int) and 1 <= date["month"] <= 12):
                err(bw + ".date", "month must be 1..12")
            if not (isinstance(date.get("day"), int) and 1 <= date["day"] <= 31):
                err(bw + ".date", "day must be 1..31")
        for oi, o in enumerate(b.get("officials", [])):
            fields(f"{bw}.officials[{oi}]", o, ["name", "role"])
        for qi, q in enumerate(b.get("quotes", [])):
            quote(f"{bw}.quotes[{qi}]", q)
        for gi, g in enumerate(b.get("glossary", [])):
            gw = f"{bw}.glossary[{gi}]"
            fields(gw, g, ["term", "reading"], ["original"])
            if nonempty_str(gw + ".term", g.get("term")) and norm(g["term"]) not in text:
                err(gw, f"glossary term does not occur verbatim: {g['term']!r}")
        unique(bw + ".glossary terms", [g.get("term") for g in b.get("glossary", [])])

        projects = b.get("projects", [])
        project_ids = [p.get("id") for p in projects]
        unique(bw + ".projects", project_ids)
        for p in projects:
            pw = f"{bw}.project {p.get('id')}"
            fields(pw, p, ["id", "name", "short_name", "enterprise", "industry", "sector", "quotes"],
                   ["status", "capacity", "requests", "notes"])
            if p.get("industry") not in industry_ids:
                err(pw, f"unknown industry `{p.get('industry')}`")
            if not p.get("quotes"):
                err(pw, "no quotes")
            for qi, q in enumerate(p.get("quotes", [])):
                quote(f"{pw}.quotes[{qi}]", q)
            if "status" in p:
                s = p["status"]
                fields(pw + ".status", s, ["id", "quote"])
                if s.get("id") not in status_ids:
                    err(pw, f"unknown status `{s.get('id')}`")
                quote(pw + ".status.quote", s.get("quote"))
            if "capacity" in p:
                c = p["capacity"]
                fields(pw + ".capacity", c, ["value", "unit", "period", "quote"], ["of"])
                v = c.get("value")
                if not (isinstance(v, (int, float)) and not isinstance(v, bool)
                        and math.isfinite(v) and v > 0):
                    err(pw + ".capacity", "value must be a positive finite number")
                nonempty_str(pw + ".capacity.unit", c.get("unit"))
                nonempty_str(pw + ".capacity.period", c.get("period"))
                quote(pw + ".capacity.quote", c.get("quote"))
            for ri, r in enumerate(p.get("requests", [])):
                fields(f"{pw}.requests[{ri}]", r, ["text", "quote"])
                quote(f"{pw}.requests[{ri}].quote", r.get("quote"))
            for ni, n in enumerate(p.get("notes", [])):
                fields(f"{pw}.notes[{ni}]", n, ["text", "quote"])
                quote(f"{pw}.notes[{ni}].quote", n.get("quote"))

        directives = b.get("directives", [])
        unique(bw + ".directives", [d.get("id") for d in directives])
        for d in directives:
            dw = f"{bw}.directive {d.get('id')}"
            fields(dw, d, ["id", "theme", "summary", "scope", "quotes"])
            scope = d.get("scope")
            if isinstance(scope, str):
                if scope != "city-wide":
                    err(dw, f"scope string must be \"city-wide\", got {scope!r}")
            elif isinstance(scope, list):
                if not scope:
                    err(dw, "project scope is empty")
                for pid in scope:
                    if pid not in project_ids:
                        err(dw, f"scope names unknown project `{pid}`")
            else:
                err(dw, "scope must be \"city-wide\" or a list of project ids")
            if not d.get("quotes"):
                err(dw, "no quotes")
            for qi, q in enumerate(d.get("quotes", [])):
                quote(f"{dw}.quotes[{qi}]", q)

        print(f"{bw}: {len(projects)} projects, "
              f"{sum(len(p.get('requests', [])) for p in projects)} requests, "
              f"{len(directives)} directives, {len(b.get('glossary', []))} glossary entries")
    print(f"{path}: {nquotes} quotes checked")


def main():
    paths = sys.argv[1:] or ["data/briefings.json"]
    for path in paths:
        check_file(path)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
