#!/usr/bin/python3
"""bagcheck.py — an independent BagIt (RFC 8493) validator for the tests.

Written from the RFC, sharing no code with gwexport: it extracts a zip with
Python's zipfile into a temporary directory (or takes a bag directory) and
checks the bag there with hashlib.  Usage: bagcheck.py BAG.zip|BAGDIR...
Prints "<arg>: valid" or one "<arg>: <problem>" line per problem; exit 1 if
any bag is invalid.
"""
import hashlib
import os
import re
import sys
import tempfile
import zipfile

ALGS = {"md5", "sha1", "sha256", "sha512"}


def decode_path(p):
    # RFC 8493 §2.1.3: only CR, LF and % are percent-encoded.
    return re.sub(r"%(0[dD]|0[aA]|25)", lambda m: {"0d": "\r", "0a": "\n", "25": "%"}[m.group(1).lower()], p)


def digest(path, alg):
    h = hashlib.new(alg)
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def read_manifest(bag, name, problems):
    entries = {}
    with open(os.path.join(bag, name), "rb") as f:
        text = f.read().decode("utf-8")
    for n, line in enumerate(text.splitlines(), 1):
        if not line:
            continue
        m = re.fullmatch(r"([0-9A-Fa-f]+)[ \t]+(.+)", line)
        if not m:
            problems.append(f"{name} line {n}: malformed")
            continue
        path = decode_path(m.group(2))
        if path.startswith("/") or ".." in path.split("/") or "\\" in path:
            problems.append(f"{name} line {n}: unsafe path {path!r}")
            continue
        if path in entries:
            problems.append(f"{name}: {path} listed twice")
        entries[path] = m.group(1).lower()
    return entries


def tags(bag, name, problems):
    out, label = {}, None
    with open(os.path.join(bag, name), "rb") as f:
        text = f.read().decode("utf-8")
    for line in text.splitlines():
        if not line.strip():
            continue
        if line[0] in " \t" and label:
            out[label][-1] += " " + line.strip()
            continue
        if ":" not in line:
            problems.append(f"{name}: bad line {line!r}")
            continue
        label, value = line.split(":", 1)
        out.setdefault(label.strip(), []).append(value.strip())
    return out


def check_bag(bag):
    problems = []
    raw = open(os.path.join(bag, "bagit.txt"), "rb").read()
    lines = raw.decode("utf-8").splitlines()
    if raw.startswith(b"\xef\xbb\xbf") or len(lines) != 2:
        problems.append("bagit.txt: BOM or not two lines")
    elif not re.fullmatch(r"BagIt-Version: (1\.0|0\.97)", lines[0]) or \
            lines[1] != "Tag-File-Character-Encoding: UTF-8":
        problems.append(f"bagit.txt: bad declaration {lines!r}")
    names = os.listdir(bag)
    payload = set()
    for root, dirs, files in os.walk(os.path.join(bag, "data")):
        for fn in files:
            payload.add(os.path.relpath(os.path.join(root, fn), bag).replace(os.sep, "/"))
    manifests = [n for n in names if re.fullmatch(r"manifest-(\w+)\.txt", n)]
    tagmanifests = [n for n in names if re.fullmatch(r"tagmanifest-(\w+)\.txt", n)]
    if not manifests:
        problems.append("no payload manifest")
    for name in manifests + tagmanifests:
        alg = name.split("-", 1)[1][:-4]
        if alg not in ALGS:
            problems.append(f"{name}: unknown algorithm")
            continue
        entries = read_manifest(bag, name, problems)
        is_tag = name.startswith("tag")
        for path, want in entries.items():
            full = os.path.join(bag, path)
            if path.startswith("data/") == is_tag:
                problems.append(f"{name}: {path} in the wrong kind of manifest")
            elif not os.path.isfile(full):
                problems.append(f"{name}: {path} missing")
            elif digest(full, alg) != want:
                problems.append(f"{name}: {path} checksum mismatch")
        if not is_tag:
            for path in sorted(payload - set(entries)):
                problems.append(f"{name}: {path} not listed")
        else:
            for m in manifests:
                if m not in entries:
                    problems.append(f"{name}: does not list {m}")
    if "bag-info.txt" in names:
        info = tags(bag, "bag-info.txt", problems)
        for value in info.get("Payload-Oxum", [])[:1]:
            size = sum(os.path.getsize(os.path.join(bag, p)) for p in payload)
            if value != f"{size}.{len(payload)}":
                problems.append(f"bag-info.txt: Payload-Oxum {value} but {size}.{len(payload)}")
        for value in info.get("Bagging-Date", []):
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", value):
                problems.append(f"bag-info.txt: Bagging-Date {value!r}")
    return problems


def check_zip(path):
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(path) as z:
        bad = z.testzip()
        if bad:
            return [f"CRC error in {bad}"]
        names = z.namelist()
        tops = {n.split("/", 1)[0] for n in names}
        if len(tops) != 1 or any(n.startswith("/") or ".." in n.split("/") for n in names):
            return [f"not one safe top directory: {sorted(tops)}"]
        z.extractall(tmp)
        return check_bag(os.path.join(tmp, tops.pop()))


def main():
    bad = 0
    for arg in sys.argv[1:]:
        try:
            problems = check_bag(arg) if os.path.isdir(arg) else check_zip(arg)
        except Exception as e:  # a broken bag must be reported, not crash the test
            problems = [f"{type(e).__name__}: {e}"]
        for p in problems:
            print(f"{arg}: {p}")
        if not problems:
            print(f"{arg}: valid")
        bad |= bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
