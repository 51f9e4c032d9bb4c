"""The language of a run and what changes with it: messages, dates, numbers, CSV headers and
validation messages (diklat_cli/i18n.py)."""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys

import pytest
from pydantic import ValidationError

from diklat_cli import i18n
from diklat_cli.models import Visit
from diklat_cli.output.formats import CSV_COLUMNS

D = dt.date


@pytest.fixture(autouse=True)
def _fresh_language(monkeypatch):
    """Every test chooses its language anew, from a locale it sets itself."""
    for name in i18n.LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    i18n.reset()
    yield
    i18n.reset()


# ---------------------------------------------------------------- choosing the language


@pytest.mark.parametrize(
    ("option", "config", "environ", "expected"),
    [
        (None, None, {}, "en"),
        (None, None, {"LANG": "id_ID.UTF-8"}, "id"),
        (None, None, {"LANG": "id"}, "id"),
        (None, None, {"LANG": "C"}, "en"),
        (None, None, {"LANG": "C.UTF-8"}, "en"),
        (None, None, {"LANG": "en_US.UTF-8"}, "en"),
        # POSIX: LC_ALL, then LC_MESSAGES, then LANG; the first one set decides
        (None, None, {"LC_ALL": "C", "LANG": "id_ID.UTF-8"}, "en"),
        (None, None, {"LC_ALL": "id_ID.UTF-8", "LANG": "C"}, "id"),
        (None, None, {"LC_MESSAGES": "id_ID.UTF-8", "LANG": "en_US.UTF-8"}, "id"),
        (None, None, {"LC_MESSAGES": "en_US.UTF-8", "LANG": "id_ID.UTF-8"}, "en"),
        (None, None, {"LC_ALL": "", "LC_MESSAGES": "", "LANG": "id_ID.UTF-8"}, "id"),  # empty is unset
        # the setting wins over the locale
        (None, "id", {"LANG": "C"}, "id"),
        (None, "en", {"LANG": "id_ID.UTF-8"}, "en"),
        (None, "fr", {"LANG": "id_ID.UTF-8"}, "id"),  # a value we have no language for: the next says
        # --lang wins over everything
        ("id", "en", {"LC_ALL": "C"}, "id"),
        ("en", "id", {"LC_ALL": "id_ID.UTF-8"}, "en"),
        ("ID", None, {}, "id"),
    ],
)
def test_language_precedence(option, config, environ, expected) -> None:
    assert i18n.choose(option, config, environ) == expected


def test_use_takes_lang_and_the_setting(monkeypatch) -> None:
    monkeypatch.setenv("LANG", "C")
    assert i18n.use(None, "id") == "id" and i18n.language() == "id"
    assert i18n.use("en", "id") == "en" and i18n.language() == "en"
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    assert i18n.use(None, None) == "id"


def test_the_language_is_chosen_on_first_use_from_the_locale(monkeypatch) -> None:
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    assert i18n.gettext("start date") == "tanggal mulai"
    monkeypatch.setenv("LANG", "C")
    assert i18n.gettext("start date") == "tanggal mulai"  # chosen once per run...
    i18n.reset()
    assert i18n.gettext("start date") == "start date"  # ...until chosen again


def test_messages_and_plurals_in_both_languages() -> None:
    i18n.use("en")
    one, many = "(and {count} more problem)", "(and {count} more problems)"
    assert i18n.gettext("is required") == "is required"
    assert i18n.ngettext(one, many, 1) == one and i18n.ngettext(one, many, 2) == many
    i18n.use("id")
    assert i18n.gettext("is required") == "wajib diisi"
    assert i18n.ngettext(one, many, 1) == i18n.ngettext(one, many, 2) == "(dan {count} masalah lain)"
    assert i18n.gettext("a text no catalogue has") == "a text no catalogue has"  # English rather than nothing


def test_importing_it_loads_nothing_heavy_and_nothing_of_the_package() -> None:
    code = (
        "import sys; import diklat_cli.i18n; "
        "print(sorted(m for m in sys.modules if m in ('gettext', 'pydantic', 'rich', 'typer', 'locale') "
        "or m.startswith('diklat_cli.') and m != 'diklat_cli.i18n'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# ---------------------------------------------------------------- dates and numbers

RANGES = [
    # start, end, English, Indonesian
    (D(2016, 8, 29), D(2016, 9, 2), "29 Aug–2 Sep 2016", "29 Agu–2 Sep 2016"),
    (D(2016, 8, 29), D(2016, 8, 31), "29–31 Aug 2016", "29–31 Agu 2016"),
    (D(2016, 8, 29), D(2016, 8, 29), "29 Aug 2016", "29 Agu 2016"),
    (D(2016, 8, 29), None, "29 Aug 2016", "29 Agu 2016"),
    (D(2016, 12, 30), D(2017, 1, 2), "30 Dec 2016–2 Jan 2017", "30 Des 2016–2 Jan 2017"),
    (D(2019, 5, 6), D(2019, 10, 11), "6 May–11 Oct 2019", "6 Mei–11 Okt 2019"),
    (None, D(2016, 9, 2), "until 2 Sep 2016", "sampai 2 Sep 2016"),
    (None, None, "unknown", "tidak diketahui"),
]


@pytest.mark.parametrize(("start", "end", "english", "indonesian"), RANGES)
def test_date_ranges_as_each_language_writes_them(start, end, english, indonesian) -> None:
    assert i18n.date_range(start, end, lang="en") == english
    assert i18n.date_range(start, end, lang="id") == indonesian
    i18n.use("id")
    assert i18n.date_range(start, end) == indonesian  # the run's language by default
    assert i18n.date_range(start, end, lang="en") == english  # whatever the run's language


def test_every_month_in_both_languages() -> None:
    short_en = [i18n.format_date(D(2020, m, 1), lang="en").split()[1] for m in range(1, 13)]
    short_id = [i18n.format_date(D(2020, m, 1), lang="id").split()[1] for m in range(1, 13)]
    assert short_en == ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    assert short_id == ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    assert i18n.format_date(D(2016, 8, 17), long=True, lang="id") == "17 Agustus 2016"
    assert i18n.format_date(D(2016, 8, 17), long=True, lang="en") == "17 August 2016"


@pytest.mark.parametrize(
    ("value", "decimals", "english", "indonesian"),
    [
        (0, 0, "0", "0"),
        (999, 0, "999", "999"),
        (1234, 0, "1,234", "1.234"),
        (1234567, 0, "1,234,567", "1.234.567"),
        (-4500, 0, "-4,500", "-4.500"),
        (12.5, 1, "12.5", "12,5"),
        (1234.56, 2, "1,234.56", "1.234,56"),
        (1234.4, 0, "1,234", "1.234"),
    ],
)
def test_numbers_with_the_locales_grouping(value, decimals, english, indonesian) -> None:
    assert i18n.format_number(value, decimals=decimals, lang="en") == english
    assert i18n.format_number(value, decimals=decimals, lang="id") == indonesian


# ---------------------------------------------------------------- CSV / XLSX headers


def test_every_export_column_has_an_indonesian_header() -> None:
    assert list(i18n.CSV_HEADERS_ID) == CSV_COLUMNS  # same columns, same order
    headers = [i18n._header_key(h) for h in i18n.CSV_HEADERS_ID.values()]
    assert len(set(headers)) == len(headers)
    # an Indonesian header is never another column's English name
    for column, header in i18n.CSV_HEADERS_ID.items():
        assert i18n.header_column(header) == column
        assert i18n.header_column(column) == column


def test_headers_follow_the_language() -> None:
    assert i18n.csv_headers(CSV_COLUMNS, "en") == CSV_COLUMNS
    indonesian = i18n.csv_headers(CSV_COLUMNS, "id")
    assert indonesian[:5] == ["ID", "Program", "Angkatan", "Jenis Kegiatan", "Jumlah Peserta"]
    assert "Lokus" in indonesian and "Provinsi Tujuan" in indonesian
    i18n.use("id")
    assert i18n.csv_headers(CSV_COLUMNS) == indonesian


def test_import_reads_both_header_sets_in_any_order() -> None:
    indonesian = i18n.csv_headers(CSV_COLUMNS, "id")
    assert i18n.header_columns(indonesian, CSV_COLUMNS) == CSV_COLUMNS
    assert i18n.header_columns(CSV_COLUMNS, CSV_COLUMNS) == CSV_COLUMNS
    order = list(range(len(CSV_COLUMNS)))
    random.Random(14).shuffle(order)
    mixed = [indonesian[i] if i % 2 else CSV_COLUMNS[i] for i in order]
    assert i18n.header_columns(mixed, CSV_COLUMNS) == [CSV_COLUMNS[i] for i in order]
    # as a spreadsheet user may retype them
    assert i18n.header_columns(["\ufeffprovinsi_asal", " LOKUS ", "Kabupaten/Kota  Tujuan"]) == [
        "origin_province",
        "destination_host",
        "destination_regency",
    ]


@pytest.mark.parametrize(
    "header",
    [
        ["origin_province", "Provinsi Asal"],  # the same column twice
        ["origin_province", "province"],  # a column diklat does not know
        ["origin_province"],  # not every column, when they are expected
    ],
)
def test_a_header_that_is_not_an_exports_is_refused(header) -> None:
    assert i18n.header_columns(header, CSV_COLUMNS) is None


# ---------------------------------------------------------------- validation messages


def _error(data: dict) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        Visit.model_validate(data)
    return caught.value


CASES = [
    # input, English, Indonesian
    (
        {"start_date": "29/08/2016"},
        "start date: should be a date like 2016-08-29 (year-month-day), not '29/08/2016'",
        "tanggal mulai: harus berupa tanggal seperti 2016-08-29 (tahun-bulan-tanggal), bukan '29/08/2016'",
    ),
    (
        {"cohort": "III"},
        "cohort: should be a whole number, not 'III'",
        "angkatan: harus berupa bilangan bulat, bukan 'III'",
    ),
    (
        {"participants": 0},
        "participants: should be a whole number of at least 1, not '0'",
        "jumlah peserta: harus berupa bilangan bulat paling sedikit 1, bukan '0'",
    ),
    (
        {"cohort": 1000},
        "cohort: should be a whole number of at most 999, not '1000'",
        "angkatan: harus berupa bilangan bulat paling banyak 999, bukan '1000'",
    ),
    (
        {"start_date": "2016-09-02", "end_date": "2016-08-29"},
        "end date: should not be before the start date, not '2016-08-29'",
        "tanggal selesai: tidak boleh sebelum tanggal mulai, bukan '2016-08-29'",
    ),
    (
        {"destination": {"host": 5}},
        "lokus (host visited): should be text, not '5'",
        "lokus: harus berupa teks, bukan '5'",
    ),
    (
        {"officials": [{"name": "Budi"}, {"title": "Kepala"}]},
        "official's name (item 2): is required",
        "nama pejabat (butir ke-2): wajib diisi",
    ),
    (
        {"lokasi": "Makassar"},
        "lokasi: is not a field diklat knows",
        "lokasi: bukan isian yang dikenal diklat",
    ),
    (
        {"source": {"published": "kemarin"}, "cohort": "x", "participants": "y"},
        "cohort: should be a whole number, not 'x' (and 2 more problems)",
        "angkatan: harus berupa bilangan bulat, bukan 'x' (dan 2 masalah lain)",
    ),
]


@pytest.mark.parametrize(("data", "english", "indonesian"), CASES)
def test_validation_errors_in_the_users_language(data, english, indonesian) -> None:
    error = _error(data)
    i18n.use("en")
    assert i18n.validation_message(error) == english
    i18n.use("id")
    assert i18n.validation_message(error) == indonesian


def test_a_choice_lists_what_is_allowed() -> None:
    error = _error({"activity": "rapat koordinasi"})
    i18n.use("id")
    message = i18n.validation_message(error)
    assert message.startswith("jenis kegiatan: harus salah satu dari: ")
    assert "'studi lapangan'" in message and "'ksdn'" in message and message.endswith(", bukan 'rapat koordinasi'")


def test_never_pydantics_english_and_always_one_line() -> None:
    long_value = "29 Agustus\n2016 " + "x" * 200
    for data in [d for d, _, _ in CASES] + [{"start_date": long_value}, {"origin": "Makassar"}, {"officials": "Budi"}]:
        error = _error(data)
        for lang in i18n.LANGUAGES:
            i18n.use(lang)
            message = i18n.validation_message(error)
            assert "\n" not in message and len(message) < 200, message
            for pydantic_words in ("Input should", "Field required", "Extra inputs", "Value error", "type="):
                assert pydantic_words not in message


def test_a_caller_names_the_field_its_own_way() -> None:
    """The CSV reader names a field by the header the file uses."""
    error = _error({"start_date": "kemarin"})
    i18n.use("id")
    message = i18n.validation_message(error, label=lambda loc: "Tanggal Mulai")
    assert message.startswith("Tanggal Mulai: harus berupa tanggal")


def test_a_problem_found_outside_pydantic() -> None:
    i18n.use("id")
    assert i18n.problem("end_date", "date", "2016-13-01") == (
        "tanggal selesai: harus berupa tanggal seperti 2016-08-29 (tahun-bulan-tanggal), bukan '2016-13-01'"
    )
    assert i18n.problem("--cohort", "range", "0", min=1, max=999) == (
        "--cohort: harus berupa bilangan bulat dari 1 sampai 999, bukan '0'"
    )
    i18n.use("en")
    assert i18n.problem("origin.province", "required") == "origin province: is required"
    assert i18n.problem("cohort", "no such kind") == "cohort: has a value that is not allowed"
