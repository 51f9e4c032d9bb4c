"""Hostile inputs for extraction (issue 13, "bounded work"): each class of text that has
made a step of extraction super-linear, generated at any size. Used by the tests
(tests/test_hostile.py) and the benchmark (bench/run.py). Deterministic.

    python -m tests.hostile OUT_DIR [--size BYTES]    # writes one file per class
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Callable
from pathlib import Path

MB = 1024 * 1024

_SENTENCE = (
    "Sebanyak 30 peserta Diklatpim III Angkatan XIV Provinsi Sumatera Barat melaksanakan "
    "benchmarking ke Pemerintah Provinsi Jawa Timur pada 29 Juli 2019. "
)
_HEAD = "Peserta PKA Angkatan II BPSDM Provinsi Jambi melakukan studi lapangan ke Kota Makassar, lokus: "


def _fill(unit: Callable[[int], str], size: int, head: str = "", tail: str = "") -> str:
    parts, total = [head], len(head) + len(tail)
    for i in itertools.count():
        piece = unit(i)
        if total + len(piece) > size:
            break
        parts.append(piece)
        total += len(piece)
    parts.append(tail)
    return "".join(parts)


def _name(i: int) -> str:
    """A short distinct name: Ab, Ac, … then three letters."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    word = ""
    i += 26
    while i:
        i, r = divmod(i, 26)
        word = letters[r] + word
    return word.capitalize()


def repeated_sentence(size: int) -> str:
    return _fill(lambda _i: _SENTENCE, size)


def lokus_list(count: int) -> str:
    """A lokus list of `count` short names: "UPT Ab, UPT Ac, … dan UPT Xyz." (10,000 of them
    fit under the article length limit)."""
    names = [f"UPT {_name(i)}" for i in range(count)]
    return _HEAD + ", ".join(names[:-1]) + " dan " + names[-1] + "."


def no_sentence_end(size: int) -> str:
    words = ["peserta", "diklatpim", "angkatan", "provinsi", "benchmarking", "ke", "pemerintah", "kota", "dinas"]
    return _fill(lambda i: words[i % len(words)] + " ", size)


def nested_brackets(size: int) -> str:
    depth = max(1, (size - 2 * len(_SENTENCE) - 20) // 2)
    opening = "".join("(\"[{'"[i % 5] for i in range(depth))
    closing = "".join(")\"]}'"[i % 5] for i in reversed(range(depth)))
    return _SENTENCE + opening + "Dinas Kominfo" + closing + " " + _SENTENCE


def many_dates(size: int) -> str:
    return _fill(lambda i: f"{i % 28 + 1} Juli s.d. {(i + 3) % 28 + 1} Agustus {2000 + i % 25}, ", size, _SENTENCE)


def many_numbers(size: int) -> str:
    return _fill(lambda i: f"{i} peserta, angkatan {i % 90 + 1}, ", size, _SENTENCE)


def html_page(size: int) -> str:
    head = "<!doctype html><html><head><title>Peserta PKA ke Makassar</title></head><body><article>"
    tail = "</article></body></html>"
    return _fill(lambda i: f"<div><p>{_SENTENCE}</p><span>{i}</span></div>\n", size, head, tail)


def deep_html(size: int) -> str:
    depth = max(1, (size - len(_SENTENCE) - 60) // 24)
    body = "<div><span>" * depth + _SENTENCE + "</span></div>" * depth
    return "<!doctype html><html><body>" + body + "</body></html>"


def html_markup(size: int) -> str:
    """A page that is almost all markup, scripts and attributes around one short report."""
    head = f"<!doctype html><html><head><title>PKA</title><script>var a = '{'<p>x</p>' * 50}';</script></head><body>"
    tail = f"<article><p>{_SENTENCE}</p></article></body></html>"
    menu = '<div class="menu c{i}" data-x="{i}"><a href="/k/{i}">Kanal {i}</a></div>'
    return _fill(lambda i: menu.format(i=i), size, head, tail)


# class name → text of about `size` characters (lokus lists are sized by count, see lokus_list)
CLASSES: dict[str, Callable[[int], str]] = {
    "sentence": repeated_sentence,
    "no-sentence-end": no_sentence_end,
    "nested": nested_brackets,
    "dates": many_dates,
    "numbers": many_numbers,
    "html": html_page,
    "deep-html": deep_html,
    "lokus": lambda size: lokus_list(max(2, size // 11)),
    "html-markup": html_markup,
}


def write_all(folder: Path, size: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in CLASSES.items():
        suffix = ".html" if "html" in name else ".txt"
        path = folder / f"{name}-{size}{suffix}"
        path.write_text(make(size), encoding="utf-8")
        written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", type=int, default=5 * MB)
    args = parser.parse_args()
    for path in write_all(args.out, args.size):
        print(path)


if __name__ == "__main__":
    main()
