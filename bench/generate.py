"""Synthetic Indonesian news articles about study visits, and ready-made stores, for benchmarks.

    python bench/generate.py N OUTDIR [--seed S] [--truth FILE] [--html-share F]
    python bench/generate.py --store N STORE.json [--seed S] [--work DIR]

Everything is deterministic: article i depends only on (seed, i), so the first 1,000 articles
of a 10,000-article run are the 1,000 of a 1,000-article run. The words come from the
project's own data files (regions, programmes, activity words, agency heads, months); the
sentences are templates written for this benchmark.

Mix of articles (by default): about 5% report no visit (an opening ceremony, a graduation,
an explainer), about 3% are a second report of a visit another article already covered, and
about 3% report two cohorts travelling together (two visits in one article). About 10% are
saved as small HTML pages, the rest as plain text.

`build_store(n, path)` writes a store of n visits without extracting n articles: it imports a
few thousand generated articles once, then copies their records with new ids, new article
hashes and shifted dates, cohorts and head counts, and writes them through the store's own
transaction so the file is exactly what diklat itself would write.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "diklat_cli" / "data"

# --------------------------------------------------------------------------- project data


def _load(name: str) -> dict:
    return json.loads((DATA / name).read_text("utf-8"))


class Words:
    """The project's data files, shaped for writing articles."""

    def __init__(self) -> None:
        regions = _load("regions.json")
        aliases = _load("place_aliases.json")
        programs = _load("programs.json")
        agencies = _load("agencies.json")
        calendar = _load("calendar.json")
        numbers = _load("numbers.json")

        self.provinces: dict[str, str] = dict(regions["provinces"])  # code -> name
        fields = regions["regency_fields"]
        self.regencies: list[dict] = [dict(zip(fields, row, strict=True)) for row in regions["regencies"]]
        self.regencies_of: dict[str, list[dict]] = {}
        for reg in self.regencies:
            self.regencies_of.setdefault(reg["province_code"], []).append(reg)
        self.province_code = {name: code for code, name in self.provinces.items()}
        # short forms news use ("Sulsel", "Jatim"): aliases that are one word, not a full name
        self.province_short: dict[str, list[str]] = {
            p: [a for a in alts if " " not in a and "." not in a and len(a) <= 8 and a.isalpha()]
            for p, alts in aliases["provinces"].items()
        }
        self.program_names = [p["name"] for p in programs["programs"]]
        self.activity_patterns = programs["activities"]
        self.heads = agencies["heads"]
        self.expansions = agencies["expansions"]
        self.acronyms = agencies["acronyms"]
        self.list_markers = agencies["list_markers"]
        self.months = {m["number"]: m["id"][0] for m in calendar["months"]}
        self.month_abbr = {m["number"]: (m["id_abbr"] or [None])[0] for m in calendar["months"]}
        self.weekdays = {d["number"]: d["id"][0] for d in calendar["weekdays"]}
        self.units = {v: k for k, v in numbers["units"].items()}  # 1 -> "satu"
        self.teen = numbers["teen"]
        self.tens = numbers["tens"]
        self.hundreds = numbers["hundreds"]
        self.se_forms = {v: k for k, v in numbers["se_forms"].items()}  # 10 -> "sepuluh"
        titles = _load("titles.json")
        self.prefix_titles = [t for t in titles["prefix_titles"] if t in ("Dr", "Drs", "Dra", "Ir", "H", "Hj")]
        self.suffix_titles = [t for t in titles["suffix_titles"] if "." in t and "(" not in t][:40]


# --------------------------------------------------------------------------- word helpers

ROMAN = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n: int) -> str:
    out = []
    for value, letters in ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def number_words(n: int, w: Words) -> str:
    """1..999 in Indonesian words ("tiga puluh delapan")."""
    if n in w.se_forms and n < 1000:
        return w.se_forms[n]
    if n < 10:
        return w.units[n]
    if n < 20:
        return f"{w.units[n - 10]} {w.teen}"
    if n < 100:
        tens, rest = divmod(n, 10)
        head = f"{w.units[tens]} {w.tens}"
        return head if rest == 0 else f"{head} {number_words(rest, w)}"
    hundreds, rest = divmod(n, 100)
    head = w.se_forms[100] if hundreds == 1 else f"{w.units[hundreds]} {w.hundreds}"
    return head if rest == 0 else f"{head} {number_words(rest, w)}"


ORDINAL_WORDS = {
    1: "Pertama",
    2: "Kedua",
    3: "Ketiga",
    4: "Keempat",
    5: "Kelima",
    6: "Keenam",
    7: "Ketujuh",
    8: "Kedelapan",
    9: "Kesembilan",
    10: "Kesepuluh",
    11: "Kesebelas",
}

GIVEN = [
    "Andi",
    "Budi",
    "Siti",
    "Dewi",
    "Agus",
    "Rahmat",
    "Nur",
    "Hendra",
    "Yuliana",
    "Fitri",
    "Wahyu",
    "Eko",
    "Bambang",
    "Ratna",
    "Dian",
    "Irwan",
    "Muhammad",
    "Ahmad",
    "Rini",
    "Syahrul",
    "Yusuf",
    "Lina",
    "Teguh",
    "Made",
    "Ketut",
    "Novita",
    "Arif",
    "Rudi",
    "Sukardi",
    "Hasanuddin",
    "Marlina",
    "Fauzi",
    "Ridwan",
    "Asri",
]
FAMILY = [
    "Saputra",
    "Wijaya",
    "Hidayat",
    "Siregar",
    "Nasution",
    "Pratama",
    "Lestari",
    "Kurniawan",
    "Setiawan",
    "Syamsuddin",
    "Rahman",
    "Halim",
    "Santoso",
    "Purnomo",
    "Simanjuntak",
    "Tanjung",
    "Harahap",
    "Pasaribu",
    "Wulandari",
    "Mokoginta",
    "Latuconsina",
    "Sembiring",
    "Manurung",
    "Suryadi",
    "Hakim",
    "Gunawan",
    "Ambo",
]

OUTLETS = [
    "ANTARA",
    "Suara Daerah",
    "Warta Nusantara",
    "Kabar Pelayanan",
    "Harian Bhinneka",
    "Lintas Kabupaten",
    "Berita Satu Daerah",
    "Info Publik",
    "Pos Kota Raya",
    "Radar Otonomi",
]

UNIT_FIELDS = {
    "Dinas": [
        "Kesehatan",
        "Pendidikan dan Kebudayaan",
        "Koperasi dan UKM",
        "Pariwisata",
        "Perhubungan",
        "Lingkungan Hidup",
        "Komunikasi dan Informatika",
        "Sosial",
        "Ketahanan Pangan",
        "Perindustrian dan Perdagangan",
        "Pertanian",
        "Kearsipan dan Perpustakaan",
        "Tenaga Kerja",
    ],
    "Badan": [
        "Pendapatan Daerah",
        "Perencanaan Pembangunan Daerah",
        "Kepegawaian Daerah",
        "Penanggulangan Bencana Daerah",
        "Pengelolaan Keuangan dan Aset Daerah",
        "Riset dan Inovasi Daerah",
    ],
    "Bagian": ["Organisasi", "Hukum", "Pengadaan Barang dan Jasa", "Protokol dan Komunikasi Pimpinan"],
    "Biro": ["Organisasi", "Pemerintahan", "Perekonomian"],
    "Mal Pelayanan Publik": [""],
    "Inspektorat": [""],
    "Command Center": [""],
    "Rumah Sakit": ["Umum Daerah"],
    "Perumda": ["Air Minum"],
}

ACTIVITY_PHRASES = {
    "benchmarking": ["benchmarking", "bench marking", "benchmarking (patok banding)"],
    "studi lapangan": ["studi lapangan", "observasi lapangan", "kunjungan lapangan"],
    "studi banding": ["studi banding", "studi komparasi"],
    "kunjungan kerja": ["kunjungan kerja", "kunker"],
    "ksdn": ["Kunjungan Studi Strategis Dalam Negeri (KSDN)", "studi strategis dalam negeri"],
}

# programme -> (share, ways to write it with {L} its level, activity choices, origin kind)
PROGRAMS = {
    "Diklatpim III": (
        0.16,
        [
            "Pendidikan dan Pelatihan Kepemimpinan Tingkat III",
            "Diklatpim Tingkat III",
            "Diklat PIM III",
            "Diklatpim III",
        ],
        ["benchmarking", "studi lapangan"],
        "region",
    ),
    "Diklatpim IV": (
        0.16,
        ["Pendidikan dan Pelatihan Kepemimpinan Tingkat IV", "Diklatpim Tingkat IV", "Diklat PIM IV", "Diklatpim IV"],
        ["benchmarking", "studi lapangan"],
        "region",
    ),
    "PKA": (
        0.2,
        ["Pelatihan Kepemimpinan Administrator (PKA)", "PKA", "Pelatihan Kepemimpinan Administrator"],
        ["benchmarking", "studi lapangan", "studi banding"],
        "region",
    ),
    "PKP": (
        0.2,
        ["Pelatihan Kepemimpinan Pengawas (PKP)", "PKP", "Pelatihan Kepemimpinan Pengawas"],
        ["benchmarking", "kunjungan kerja", "studi lapangan"],
        "region",
    ),
    "PKN II": (
        0.08,
        ["Pelatihan Kepemimpinan Nasional Tingkat II", "PKN Tingkat II", "PKN II"],
        ["benchmarking", "studi lapangan"],
        "national",
    ),
    "Latsar CPNS": (
        0.14,
        ["Pelatihan Dasar CPNS", "Latsar CPNS", "Pelatihan Dasar (Latsar) CPNS"],
        ["studi lapangan", "kunjungan kerja", "studi banding"],
        "region",
    ),
    "PPRA": (0.06, ["Program Pendidikan Reguler Angkatan (PPRA)", "PPRA"], ["ksdn"], "lemhannas"),
}

NATIONAL_ORGANIZERS = [
    "BPSDM Kementerian Dalam Negeri",
    "Lembaga Administrasi Negara (LAN)",
    "Pusat Pengembangan Kompetensi Kepemimpinan LAN",
]


# --------------------------------------------------------------------------- the truth of one article


@dataclass
class VisitTruth:
    program: str
    cohort: int
    participants: int
    activity: str
    origin_province: str | None
    origin_regency: str | None
    destination_province: str
    destination_regency: str | None
    start_date: str
    end_date: str | None


@dataclass
class ArticleTruth:
    index: int
    kind: str  # "visit" | "two-cohorts" | "re-report" | "no-visit"
    visits: list[VisitTruth] = field(default_factory=list)
    file: str = ""


def _weighted(rng: random.Random, table: dict) -> str:
    names = list(table)
    return rng.choices(names, weights=[table[n][0] for n in names])[0]


def _pick_region(rng: random.Random, w: Words, regency_share: float) -> tuple[str, dict | None]:
    code = rng.choice(sorted(w.provinces))
    if rng.random() < regency_share:
        return w.provinces[code], rng.choice(w.regencies_of[code])
    return w.provinces[code], None


FIRST_DAY, LAST_DAY = dt.date(2014, 1, 1), dt.date(2025, 12, 31)  # no visit in the future


def make_visit(rng: random.Random, w: Words) -> VisitTruth:
    program = _weighted(rng, PROGRAMS)
    _, _, activities, origin_kind = PROGRAMS[program]
    if origin_kind == "region":
        o_prov, o_reg = _pick_region(rng, w, 0.6)
    else:
        o_prov, o_reg = None, None
    while True:
        d_prov, d_reg = _pick_region(rng, w, 0.55)
        if d_prov != o_prov or (o_reg and d_reg and d_reg["name"] != o_reg["name"]):
            break
    start = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days - 7))
    days = rng.choice([0, 0, 1, 2, 2, 3, 4, 4, 5, 6])
    cohort_top = {"PPRA": 66, "PKN II": 30, "Latsar CPNS": 60}.get(program, 40)
    return VisitTruth(
        program=program,
        cohort=rng.randint(1, cohort_top),
        participants=rng.randint(12, 80) if program != "Latsar CPNS" else rng.randint(30, 160),
        activity=rng.choice(activities),
        origin_province=o_prov,
        origin_regency=o_reg["name"] if o_reg else None,
        destination_province=d_prov,
        destination_regency=d_reg["name"] if d_reg else None,
        start_date=start.isoformat(),
        end_date=(start + dt.timedelta(days=days)).isoformat() if days else None,
    )


def article_truth(seed: int, i: int, w: Words) -> ArticleTruth:
    rng = random.Random(f"{seed}:truth:{i}")
    roll = rng.random()
    if roll < 0.05:
        return ArticleTruth(i, "no-visit", [make_visit(rng, w)])  # the visit only lends names to the text
    if roll < 0.08 and i > 0:
        earlier = article_truth(seed, rng.randrange(max(0, i - 200), i), w)
        if earlier.kind in ("visit", "re-report"):
            return ArticleTruth(i, "re-report", [earlier.visits[0]])
    if roll < 0.11:
        first = make_visit(rng, w)
        second = VisitTruth(
            **{
                **asdict(first),
                "cohort": first.cohort + 1,
                "participants": max(10, first.participants + rng.randint(-4, 4)),
            }
        )
        return ArticleTruth(i, "two-cohorts", [first, second])
    return ArticleTruth(i, "visit", [make_visit(rng, w)])


# --------------------------------------------------------------------------- writing one article


def _bare(regency: str) -> str:
    return regency.removeprefix("Kabupaten ").removeprefix("Kota ")


class Writer:
    def __init__(self, rng: random.Random, w: Words) -> None:
        self.rng = rng
        self.w = w

    def c(self, options):
        return self.rng.choice(options)

    # names and places

    def person(self, with_titles: bool = True) -> tuple[str, str]:
        """(name as printed with titles, bare name)."""
        name = f"{self.c(GIVEN)} {self.c(FAMILY)}"
        if not with_titles or self.rng.random() < 0.3:
            return name, name
        pre = f"{self.c(self.w.prefix_titles)}. " if self.rng.random() < 0.5 else ""
        post = f", {self.c(self.w.suffix_titles)}" if self.rng.random() < 0.7 else ""
        return f"{pre}{name}{post}", name

    def province_name(self, province: str, short_ok: bool = True) -> str:
        shorts = self.w.province_short.get(province) or []
        if short_ok and shorts and self.rng.random() < 0.35:
            return self.c(shorts)
        return province

    def government(self, province: str | None, regency: str | None, short_ok: bool = True) -> str:
        if regency:
            kind = "Kota" if regency.startswith("Kota ") else "Kabupaten"
            if short_ok and self.rng.random() < 0.4:
                return f"{'Pemkot' if kind == 'Kota' else 'Pemkab'} {_bare(regency)}"
            return f"Pemerintah {regency}"
        if short_ok and self.rng.random() < 0.35:
            return f"Pemprov {self.province_name(province)}"
        return f"Pemerintah Provinsi {province}"

    def region_words(self, province: str | None, regency: str | None) -> str:
        """How the headline names a place: "Kabupaten Bantaeng", "Sulsel", "Kota Batam"."""
        if regency:
            return regency if self.rng.random() < 0.6 else _bare(regency)
        return self.province_name(province)

    def city_of(self, v: VisitTruth) -> str:
        if v.destination_regency:
            return _bare(v.destination_regency)
        cities = [r for r in self.w.regencies_of[self.w.province_code[v.destination_province]] if r["kind"] == "kota"]
        return _bare(cities[0]["name"]) if cities else v.destination_province

    def origin_gov(self, v: VisitTruth, short_ok: bool = True) -> str:
        if v.origin_province is None:
            return "Lembaga Ketahanan Nasional (Lemhannas) RI" if v.program == "PPRA" else self.c(NATIONAL_ORGANIZERS)
        return self.government(v.origin_province, v.origin_regency, short_ok)

    def organizer(self, v: VisitTruth) -> str:
        if v.origin_province is None:
            return "Lemhannas RI" if v.program == "PPRA" else self.c(NATIONAL_ORGANIZERS)
        if v.origin_regency:
            return (
                self.c(["BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (BKPSDM)", "BKPP"])
                + f" {v.origin_regency}"
            )
        return (
            self.c(["BPSDM", "Badan Pengembangan Sumber Daya Manusia (BPSDM)", "Badan Diklat"])
            + f" Provinsi {v.origin_province}"
        )

    def host_role(self, v: VisitTruth) -> str:
        if v.destination_regency:
            kind = "Kota" if v.destination_regency.startswith("Kota ") else "Kabupaten"
            lead = "Wali Kota" if kind == "Kota" else "Bupati"
            return self.c(
                [
                    f"Sekretaris Daerah {v.destination_regency}",
                    f"Wakil {lead} {_bare(v.destination_regency)}",
                    f"Asisten Administrasi Umum Sekretariat Daerah {v.destination_regency}",
                    f"Kepala Bappeda {v.destination_regency}",
                ]
            )
        return self.c(
            [
                f"Sekretaris Daerah Provinsi {v.destination_province}",
                f"Asisten Pemerintahan Sekretariat Daerah Provinsi {v.destination_province}",
                f"Wakil Gubernur {v.destination_province}",
                f"Kepala Biro Organisasi Setda Provinsi {v.destination_province}",
            ]
        )

    def unit(self) -> str:
        heads = [h for h in UNIT_FIELDS if h in self.w.heads or h == "Command Center"]
        if self.rng.random() < 0.25:
            return self.c(sorted(set(self.w.expansions.values())))
        head = self.c(heads)
        rest = self.c(UNIT_FIELDS[head])
        return f"{head} {rest}".strip()

    def units(self, k: int) -> list[str]:
        found: list[str] = []
        while len(found) < k:
            u = self.unit()
            if u not in found:
                found.append(u)
        return found

    # numbers and dates

    def cohort(self, n: int) -> str:
        roll = self.rng.random()
        if roll < 0.5:
            return roman(n)
        if roll < 0.8 or n not in ORDINAL_WORDS:
            return str(n) if self.rng.random() < 0.7 else f"ke-{n}"
        return ORDINAL_WORDS[n]

    def participants(self, n: int) -> str:
        noun = self.c(["peserta", "orang peserta", "pejabat", "orang"])
        if self.rng.random() < 0.3:
            return f"{number_words(n, self.w)} {noun}"
        return f"{n} {noun}"

    def day_month(self, d: dt.date, abbr_ok: bool = True) -> str:
        month = self.w.months[d.month]
        if abbr_ok and self.w.month_abbr[d.month] and self.rng.random() < 0.1:
            month = self.w.month_abbr[d.month]
        return f"{d.day} {month}"

    def paren(self, d: dt.date, with_year: bool = True) -> str:
        wd = self.w.weekdays[d.weekday()]
        return f"{wd} ({d.day}/{d.month}/{d.year})" if with_year else f"{wd} ({d.day}/{d.month})"

    def when(self, start: dt.date, end: dt.date | None) -> str:
        r = self.rng.random()
        if end is None:
            if r < 0.5:
                return self.paren(start)
            return f"pada {self.w.weekdays[start.weekday()]}, {self.day_month(start)} {start.year}"
        days = (end - start).days + 1
        lasting = f"selama {number_words(days, self.w)} hari, " if self.rng.random() < 0.3 else ""
        if start.month == end.month and start.year == end.year and r < 0.6:
            sep = self.c(["-", " hingga ", " sampai ", " s.d. "])
            return f"{lasting}{start.day}{sep}{self.day_month(end, False)} {end.year}"
        if r < 0.85:
            sep = self.c([" s.d. ", " hingga ", " sampai dengan "])
            first = self.day_month(start, False) + (f" {start.year}" if start.year != end.year else "")
            return f"{lasting}{first}{sep}{self.day_month(end, False)} {end.year}"
        return f"sejak {self.paren(start)} hingga {self.paren(end)}"

    # the article

    def quote(self, speaker: str) -> str:
        said = self.c(["kata", "ujar", "ungkap", "jelas", "tutur", "tambah"])
        body = self.c(
            [
                "Kami datang untuk belajar langsung bagaimana inovasi pelayanan publik dijalankan dari perencanaan "
                "sampai evaluasi. Hasilnya akan menjadi bahan proyek perubahan peserta",
                "Kami tidak merasa paling hebat. Banyak inovasi kami justru lahir dari kegagalan, dan itu yang ingin "
                "kami bagikan kepada para peserta",
                "Silakan gali data sebanyak-banyaknya. Perangkat daerah kami sudah siap menerima dan berdiskusi secara "
                "terbuka",
                "Yang paling penting bukan besar kecilnya anggaran, tetapi kemauan untuk turun ke lapangan dan "
                "mendengar masyarakat",
                "Harapan kami, setiap peserta pulang dengan satu gagasan yang bisa langsung diterapkan di "
                "unit kerjanya",
                "Pelayanan yang baik dimulai dari data yang rapi. Tanpa data, inovasi hanya akan menjadi slogan",
            ]
        )
        return f'"{body}," {said} {speaker}.'

    def ceremony_quote(self, speaker: str) -> str:
        body = self.c(
            [
                "Pelatihan ini bukan sekadar syarat administrasi. Kami ingin melihat perubahan nyata di unit kerja",
                "Ikuti setiap tahapan dengan disiplin. Ilmu yang didapat harus kembali kepada masyarakat",
                "Jabatan adalah amanah. Pelatihan ini membekali saudara untuk memikulnya dengan baik",
            ]
        )
        return f'"{body}," {self.c(["kata", "ujar", "tegas", "pesan"])} {speaker}.'

    def filler(self, v: VisitTruth) -> list[str]:
        city = self.city_of(v)
        return [
            "Di sela kunjungan, peserta juga berdialog dengan pegawai di garis depan pelayanan untuk memahami "
            "kendala yang dihadapi sehari-hari, mulai dari antrean hingga keluhan warga yang masuk melalui "
            "kanal pengaduan daring.",
            f"Rombongan turut didampingi {number_words(self.rng.randint(2, 6), self.w)} widyaiswara dan sejumlah "
            f"panitia penyelenggara. Seusai kegiatan, peserta dijadwalkan menyusun laporan kelompok yang akan "
            f"dipresentasikan dalam seminar.",
            f"{city} dipilih karena dinilai berhasil membangun pelayanan publik yang terintegrasi, termasuk "
            f"layanan perizinan yang dapat diselesaikan dalam hitungan jam dan aplikasi pengaduan warga.",
            "Setiap peserta membawa rancangan proyek perubahan dari instansinya masing-masing dan diminta "
            "mencari contoh nyata yang bisa diadaptasi di daerah asal setelah kembali.",
            "Menurut panitia, kegiatan ini merupakan bagian wajib dari kurikulum pelatihan sebelum peserta "
            "memasuki tahap implementasi aksi perubahan di unit kerja masing-masing.",
        ]

    def byline_end(self, style: str) -> str:
        reporter, _ = self.person(False)
        editor = reporter
        while editor == reporter:
            editor, _ = self.person(False)
        if style == "antara":
            return f"Pewarta: {reporter}\nEditor: {editor}"
        if style == "portal":
            return f"Reporter: {reporter}\nEditor: {editor}"
        return f"Editor: {editor}"

    def visit_article(self, truth: ArticleTruth, target: int) -> tuple[str, str]:
        v = truth.visits[0]
        two = truth.kind == "two-cohorts"
        start = dt.date.fromisoformat(v.start_date)
        end = dt.date.fromisoformat(v.end_date) if v.end_date else None
        _, forms, _, _ = PROGRAMS[v.program]
        program = self.c(forms)
        short_program = min(forms, key=len)
        activity = self.c(ACTIVITY_PHRASES[v.activity])
        cohort = self.cohort(v.cohort)
        cohorts = f"Angkatan {cohort} dan {self.cohort(truth.visits[1].cohort)}" if two else f"Angkatan {cohort}"
        origin_head = (
            "Lemhannas"
            if v.program == "PPRA"
            else (self.region_words(v.origin_province, v.origin_regency) if v.origin_province else "Kemendagri")
        )
        dest_head = self.region_words(v.destination_province, v.destination_regency)
        named = {
            "benchmarking": "Benchmarking ke",
            "studi lapangan": "Studi Lapangan ke",
            "studi banding": "Studi Banding ke",
            "kunjungan kerja": "Kunjungan Kerja ke",
            "ksdn": "KSDN ke",
        }
        verb = self.c([named[v.activity], "Timba Ilmu ke", "Belajar ke", "Kunjungi", "Pelajari Inovasi Pelayanan di"])
        title = f"Peserta {short_program} {cohorts} {origin_head} {verb} {dest_head}"
        if self.rng.random() < 0.3:
            title = f"{dest_head} Terima Kunjungan {short_program} {origin_head}"

        style = self.c(["antara", "antara", "portal", "header"])
        outlet = self.c(OUTLETS)
        city = self.city_of(v)
        if style == "antara":
            lead_in = f"{city.upper() if self.rng.random() < 0.5 else city} ({outlet}) - "
        elif style == "portal":
            lead_in = f"{city.upper()}, {outlet.replace(' ', '')}.id — "
        else:
            lead_in = f"{city.upper()} – "

        count = sum(x.participants for x in truth.visits)
        when = self.when(start, end)
        origin_gov = self.origin_gov(v, short_ok=False)
        dest_gov = self.government(v.destination_province, v.destination_regency, short_ok=False)
        if self.rng.random() < 0.6:
            lead = (
                f"Sebanyak {self.participants(count)} {program} {cohorts} {origin_gov} melaksanakan "
                f"{activity} ke {dest_gov}, {when}."
            )
        else:
            lead = (
                f"{dest_gov} menerima {activity} peserta {program} {cohorts} {origin_gov}, {when}. "
                f"Rombongan berjumlah {self.participants(count)}."
            )
        paras = [lead]
        organizer = self.organizer(v)
        paras.append(
            f"{self.c(['Pelatihan', 'Kegiatan', 'Diklat'])} tersebut diselenggarakan oleh {organizer}. "
            f"Peserta merupakan pejabat dari berbagai perangkat daerah di lingkungan "
            f"{self.origin_gov(v)}."
        )
        if two:
            a, b = truth.visits
            paras.append(
                f"Peserta Angkatan {self.cohort(a.cohort)} berjumlah {a.participants} orang, sedangkan "
                f"Angkatan {self.cohort(b.cohort)} diikuti {b.participants} orang."
            )
        host_printed, host_bare = self.person()
        room = self.c(["Ruang Rapat Utama", "Aula Serbaguna", "Ruang Pola", "Pendopo"])
        office = (
            "Gubernur"
            if v.destination_regency is None
            else ("Wali Kota" if v.destination_regency.startswith("Kota ") else "Bupati")
        )
        where = city if v.destination_regency else self.province_name(v.destination_province)
        received = f"Rombongan diterima {self.host_role(v)}, {host_printed}, di {room} Kantor {office} {where}"
        if end is not None and self.rng.random() < 0.5:
            received += f", {self.paren(start, with_year=False)}."
        else:
            received += "."
        paras.append(received)
        paras.append(self.quote(host_bare.split()[0]))
        k = self.rng.randint(2, 4)
        lokus = self.units(k)
        listed = ", ".join(lokus[:-1]) + self.c([", serta ", " dan ", ", dan "]) + lokus[-1]
        marker = self.c(["meliputi", "yakni", "yaitu", "antara lain", "di antaranya"])
        place = v.destination_regency or f"Provinsi {v.destination_province}"
        paras.append(
            self.c(
                [
                    f"Lokus yang dikunjungi {marker} {listed} {place}.",
                    f"Peserta dibagi dalam {number_words(k, self.w)} kelompok lokus, {marker} {listed}.",
                    f"Selama di {city}, peserta mengunjungi sejumlah perangkat daerah, {marker} {listed}.",
                ]
            )
        )
        head_printed, head_bare = self.person()
        paras.append(
            f"Kepala {organizer}, {head_printed}, menjelaskan {city} dipilih sebagai tujuan {activity} "
            f"karena dinilai konsisten menorehkan capaian dalam inovasi pelayanan publik."
        )
        paras.append(self.quote(head_bare.split()[0]))
        fillers = self.filler(v)
        self.rng.shuffle(fillers)
        ending = self.byline_end(style)
        header = ""
        if style == "header":
            pub = (end or start) + dt.timedelta(days=self.rng.randint(0, 2))
            reporter, _ = self.person(False)
            header = (
                f"{self.w.weekdays[pub.weekday()]}, {pub.day} {self.w.months[pub.month]} {pub.year} "
                f"{self.rng.randint(6, 21):02d}:{self.rng.randint(0, 59):02d} WIB\nPenulis: {reporter}\n\n"
            )
        body = self._fit(title, header, lead_in, paras, fillers, ending, target)
        return title, body

    def no_visit_article(self, truth: ArticleTruth, target: int) -> tuple[str, str]:
        v = truth.visits[0]
        _, forms, _, _ = PROGRAMS[v.program]
        program = self.c(forms)
        organizer = self.organizer(v)
        # a ceremony is reported from home: the origin's town (Jakarta for national bodies)
        home = v.origin_regency or next(
            (
                r["name"]
                for r in self.w.regencies_of.get(self.w.province_code.get(v.origin_province, ""), [])
                if r["kind"] == "kota"
            ),
            v.origin_province or "Kota Jakarta Pusat",
        )
        city = _bare(home)
        origin = self.origin_gov(v, short_ok=False)
        kind = self.c(["opening", "closing", "explainer"])
        head_printed, head_bare = self.person()
        cohort = self.cohort(v.cohort)
        start = dt.date.fromisoformat(v.start_date)
        if kind == "opening":
            title = f"{short(organizer)} Buka {min(forms, key=len)} Angkatan {cohort}"
            paras = [
                f"{organizer} resmi membuka {program} Angkatan {cohort} {origin}, {self.when(start, None)}. "
                f"Sebanyak {self.participants(v.participants)} mengikuti pembukaan di aula kantor.",
                f"Kepala {organizer}, {head_printed}, meminta peserta mengikuti seluruh tahapan pelatihan "
                "dengan sungguh-sungguh, mulai dari pembelajaran klasikal hingga penyusunan proyek perubahan.",
                self.ceremony_quote(head_bare.split()[0]),
            ]
        elif kind == "closing":
            title = f"{self.participants(v.participants).capitalize()} Lulus {min(forms, key=len)} Angkatan {cohort}"
            paras = [
                f"Sebanyak {self.participants(v.participants)} dinyatakan lulus {program} Angkatan {cohort} "
                f"yang diselenggarakan {organizer}, {self.when(start, None)}.",
                f"Penutupan pelatihan dihadiri {head_printed} yang berpesan agar alumni menerapkan hasil "
                "pelatihan di unit kerja masing-masing.",
                self.ceremony_quote(head_bare.split()[0]),
            ]
        else:
            title = "Mengenal Benchmarking dalam Pelatihan Kepemimpinan Aparatur"
            paras = [
                "Benchmarking atau patok banding adalah kegiatan membandingkan praktik organisasi sendiri "
                "dengan organisasi lain yang dinilai lebih baik, lalu mengambil pelajaran darinya.",
                f"Dalam {program}, kegiatan ini biasanya dilakukan menjelang tahap implementasi proyek "
                "perubahan, ketika peserta sudah memiliki rancangan yang ingin diuji.",
                f"Menurut {head_printed}, kunjungan ke daerah lain bukan sekadar jalan-jalan, tetapi "
                "kesempatan untuk melihat langsung inovasi yang berhasil dijalankan.",
            ]
        fillers = [
            "Pelatihan dilaksanakan dengan pola klasikal dan nonklasikal. Setiap peserta wajib menyusun "
            "rancangan aksi perubahan yang akan diuji di hadapan penguji dan mentor.",
            "Widyaiswara yang terlibat berasal dari berbagai lembaga pelatihan dan telah mengikuti sertifikasi "
            "sesuai ketentuan Lembaga Administrasi Negara.",
            f"Panitia menyebut jumlah pendaftar tahun ini meningkat dibanding tahun sebelumnya di {city}.",
            "Materi pelatihan mencakup kepemimpinan, manajemen kinerja, pelayanan publik, serta etika dan "
            "integritas aparatur sipil negara.",
            "Selama pelatihan, peserta tinggal di asrama dan mengikuti kegiatan sejak pagi hingga malam hari, "
            "termasuk diskusi kelompok, simulasi, dan presentasi gagasan di hadapan para mentor.",
            "Di akhir pelatihan, peserta yang dinyatakan lulus akan menerima sertifikat yang menjadi salah satu "
            "syarat pengembangan karier sebagai pejabat struktural di lingkungan pemerintah daerah.",
            "Tahun ini pelatihan juga memanfaatkan ruang kelas virtual, sehingga sebagian materi dapat diikuti "
            "peserta dari kantor masing-masing tanpa meninggalkan tugas pelayanan.",
            "Evaluasi pelatihan dilakukan secara berkala oleh penyelenggara bersama lembaga pembina untuk "
            "memastikan mutu pembelajaran tetap terjaga dari angkatan ke angkatan.",
        ]
        self.rng.shuffle(fillers)
        lead_in = f"{city.upper()} ({self.c(OUTLETS)}) - "
        body = self._fit(title, "", lead_in, paras, fillers, self.byline_end("antara"), target)
        return title, body

    def _fit(self, title, header, lead_in, paras, fillers, ending, target) -> str:
        """Join the parts, adding filler paragraphs until the article is about `target` bytes."""
        # each filler goes to a fixed random place after the lead and the organizer's paragraph
        slots = [self.rng.randint(2, len(paras)) for _ in fillers]

        def render(extra):
            middle = list(paras)
            for f, slot in sorted(zip(extra, slots[: len(extra)], strict=True), key=lambda fs: -fs[1]):
                middle.insert(slot, f)
            return f"{title}\n\n{header}{lead_in}" + "\n\n".join(middle) + f"\n\n{ending}\n"

        extra: list[str] = []
        text = render(extra)
        for f in fillers:
            if len(text.encode()) >= target:
                break
            candidate = render([*extra, f])
            if len(candidate.encode()) > 3000:
                break
            extra.append(f)
            text = candidate
        return text


def short(organizer: str) -> str:
    m = re.search(r"\(([A-Z]{2,})\)", organizer)
    if m:
        return m.group(1) + organizer[m.end() :]
    return organizer


def _slug(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", "-", (text or "nasional").lower()).strip("-")[:24]


def _html(title: str, body: str, rng: random.Random) -> str:
    from html import escape

    title = escape(title)
    lines = escape(body, quote=False).split("\n\n")
    paras = "\n".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in lines[1:])
    return (
        f'<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8">\n<title>{title}</title>\n'
        f'<meta property="og:title" content="{title}"></head>\n<body><nav><a href="/">Beranda</a> | '
        f'<a href="/daerah">Daerah</a></nav>\n<article><h1>{title}</h1>\n{paras}\n</article>\n'
        f"<footer>Hak cipta dilindungi undang-undang. ID {rng.randrange(10**6)}</footer></body></html>\n"
    )


def write_article(seed: int, i: int, w: Words, html_share: float = 0.1) -> tuple[str, str, ArticleTruth]:
    """(file name, file content, truth) of article i."""
    truth = article_truth(seed, i, w)
    rng = random.Random(f"{seed}:text:{i}")
    target = rng.randint(1600, 2900)
    writer = Writer(rng, w)
    if truth.kind == "no-visit":
        title, body = writer.no_visit_article(truth, target)
    else:
        title, body = writer.visit_article(truth, target)
    v = truth.visits[0]
    origin = v.origin_regency or v.origin_province or "nasional"
    dest = v.destination_regency or v.destination_province
    stem = f"{i:06d}-{_slug(v.program)}-{_slug(origin)}-{_slug(dest)}"
    if truth.kind == "no-visit":
        stem = f"{i:06d}-{_slug(v.program)}-berita-lain"
    if rng.random() < html_share:
        name, content = stem + ".html", _html(title, body, rng)
    else:
        name, content = stem + ".txt", body
    truth.file = name
    if truth.kind == "no-visit":
        truth.visits = []
    return name, content, truth


def generate(
    n: int,
    outdir: Path,
    *,
    seed: int = 1,
    html_share: float = 0.1,
    truth_file: Path | None = None,
    words: Words | None = None,
) -> list[ArticleTruth]:
    """Write articles 0..n-1 into `outdir` (created; other files there are left alone)."""
    w = words or Words()
    outdir.mkdir(parents=True, exist_ok=True)
    truths = []
    for i in range(n):
        name, content, truth = write_article(seed, i, w, html_share)
        (outdir / name).write_text(content, "utf-8")
        truths.append(truth)
    if truth_file is not None:
        truth_file.parent.mkdir(parents=True, exist_ok=True)
        with truth_file.open("w", encoding="utf-8") as f:
            for t in truths:
                f.write(json.dumps(asdict(t), ensure_ascii=False) + "\n")
    return truths


# --------------------------------------------------------------------------- stores without extraction


def diklat_command() -> list[str]:
    """How to run diklat: the `diklat` script of this Python's environment, else `python -m`."""
    script = Path(sys.executable).with_name("diklat")
    if script.exists():
        return [str(script)]
    found = shutil.which("diklat")
    return [found] if found else [sys.executable, "-m", "diklat_cli"]


# Where bench runs keep Python's bytecode (set by run.py): an installed diklat has its .pyc
# files, so timings should not include compiling it on every start (PYTHONDONTWRITEBYTECODE).
PYCACHE_PREFIX: Path | None = None


def bench_env(store: Path | None = None) -> dict[str, str]:
    """The environment for diklat runs: no user config, no colour, the given store."""
    env = dict(os.environ)
    if PYCACHE_PREFIX is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE_PREFIX)
    env["DIKLAT_CONFIG"] = str(Path(os.devnull).parent / "nonexistent-diklat-bench-config.toml")
    env["NO_COLOR"] = "1"
    env["COLUMNS"] = "160"
    if store is not None:
        env["DIKLAT_STORE"] = str(store)
    return env


def template_store(work: Path, articles: int = 2000, seed: int = 1) -> Path:
    """A store made by really importing `articles` generated articles (cached in `work`)."""
    store = work / f"template-{articles}-s{seed}" / "store.json"
    done = store.with_name("DONE")
    if done.exists():
        return store
    if store.parent.exists():
        shutil.rmtree(store.parent)
    folder = store.parent / "articles"
    generate(articles, folder, seed=seed)
    proc = subprocess.run(
        [*diklat_command(), "--store", str(store), "import", str(folder)],
        env=bench_env(store),
        capture_output=True,
        text=True,
    )
    if proc.returncode not in (0, 1) or not store.exists():
        raise SystemExit(f"import of the template articles failed ({proc.returncode}): {proc.stderr[-2000:]}")
    done.write_text("ok\n")
    return store


def build_store(
    n: int,
    path: Path,
    *,
    seed: int = 1,
    work: Path | None = None,
    template_articles: int = 2000,
    no_visit_share: float = 0.05,
) -> Path:
    """Write a store of exactly n visits at `path` (replacing it), in diklat's own format."""
    # imported here: writing articles needs no diklat, only its data files
    try:
        import diklat_cli  # noqa: F401
    except ImportError:
        sys.path.insert(0, str(ROOT))
    from diklat_cli.models import Provenance
    from diklat_cli.store import ArticleEntry, Store

    work = work or path.parent
    base = Store(template_store(work, template_articles, seed)).load()
    records = sorted(base.records(), key=lambda r: r.id)
    if not records:
        raise SystemExit("the template store has no visits")
    rng = random.Random(f"{seed}:store:{n}")
    for old in (path, path.with_name(path.name + ".lock"), *path.parent.glob(path.stem + ".index*")):
        old.unlink(missing_ok=True)
    for folder in (path.with_name(path.stem + ".backups"), path.with_name(path.stem + ".articles")):
        shutil.rmtree(folder, ignore_errors=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    now = dt.datetime(2026, 1, 15, 8, 0, tzinfo=dt.timezone.utc)
    store = Store(path)
    with store.transaction("bench-build") as data:
        for k in range(n):
            src = records[k % len(records)] if k < len(records) else rng.choice(records)
            sha = hashlib.sha256(f"bench:{seed}:{k}".encode()).hexdigest()
            vid = hashlib.sha256(f"{sha}:0".encode()).hexdigest()[:12]
            update: dict = {"id": vid}
            if k >= len(records):
                first = src.start_date or src.end_date or src.source.published
                last = src.end_date or src.start_date or src.source.published
                if first is None:
                    shift = dt.timedelta(0)
                else:  # up to about four years either way, staying within FIRST_DAY..LAST_DAY
                    low = max(-1500, (FIRST_DAY - first).days)
                    high = min(1500, (LAST_DAY - max(last, src.source.published or last)).days)
                    shift = dt.timedelta(days=rng.randint(low, high) if low <= high else 0)
                for name in ("start_date", "end_date"):
                    value = getattr(src, name)
                    if value is not None:
                        update[name] = value + shift
                if src.source.published is not None:
                    update["source"] = src.source.model_copy(update={"published": src.source.published + shift})
                if src.cohort is not None:
                    update["cohort"] = rng.randint(1, 60)
                if src.participants is not None:
                    update["participants"] = max(5, src.participants + rng.randint(-8, 8))
            imported = now - dt.timedelta(minutes=n - k)
            file = f"{k:06d}-{(src.provenance.file or 'artikel.txt')[7:]}"
            update["provenance"] = Provenance(
                file=file, sha256=sha, imported_at=imported, extractor_version=src.provenance.extractor_version
            )
            record = src.model_copy(update=update)
            data.add(record)
            data.articles[sha] = ArticleEntry(
                file=file,
                imported_at=imported,
                extractor_version=src.provenance.extractor_version,
                visit_ids=[vid],
                status="ok",
            )
        for k in range(int(n * no_visit_share)):
            sha = hashlib.sha256(f"bench:{seed}:none:{k}".encode()).hexdigest()
            data.articles[sha] = ArticleEntry(
                file=f"lain-{k:06d}.txt", imported_at=now, extractor_version="1.0", visit_ids=[], status="no-visit"
            )
    # a fresh store has no history: drop the backup of the empty file the build left
    shutil.rmtree(path.with_name(path.stem + ".backups"), ignore_errors=True)
    return path


# --------------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="how many articles (or, with --store, visits)")
    ap.add_argument("out", type=Path, help="folder for the articles (or, with --store, the store file)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--html-share", type=float, default=0.1, help="share of articles written as HTML pages")
    ap.add_argument("--truth", type=Path, help="also write what each article says, one JSON line per article")
    ap.add_argument("--store", action="store_true", help="build a store of N visits at OUT instead")
    ap.add_argument("--work", type=Path, help="with --store: where to keep the imported template (default: beside)")
    ap.add_argument("--template-articles", type=int, default=2000)
    args = ap.parse_args(argv)
    if args.store:
        path = build_store(args.n, args.out, seed=args.seed, work=args.work, template_articles=args.template_articles)
        print(f"wrote a store of {args.n} visits to {path}", file=sys.stderr)
        return 0
    if args.truth and args.truth.resolve().parent == args.out.resolve():
        ap.error("--truth must not be inside OUT: diklat import would read it as an export")
    truths = generate(args.n, args.out, seed=args.seed, html_share=args.html_share, truth_file=args.truth)
    visits = sum(len(t.visits) for t in truths)
    print(f"wrote {len(truths)} articles ({visits} visits) to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
