"""Two visits in one article, and the fields of single visits: invented articles, one family each
(issue 11, families 1, 2, 5 and 6). Every sentence here is made up for these tests."""

from __future__ import annotations

import datetime as dt

from diklat_cli.extract import extract_text
from diklat_cli.models import Visit

D = dt.date


def visits(*paragraphs: str) -> list[Visit]:
    return [e.visit for e in extract_text("\n\n".join(paragraphs))]


def by_origin(found: list[Visit]) -> dict[str | None, Visit]:
    return {v.origin.regency or v.origin.institution: v for v in found}


# ---------------------------------------------------------------- a programme with a list of senders


def test_a_programme_written_with_two_senders_is_one_group_per_sender() -> None:
    found = visits(
        "Peserta PKA Belajar Pelayanan Terpadu di Kota Malang",
        "MALANG - Rombongan benchmarking PKA Angkatan III Kabupaten Sumedang dan Kota Cirebon diterima "
        "Sekretaris Daerah Kota Malang di Balai Kota, Rabu (6/9/2023). Mereka ingin belajar tata kelola "
        "pelayanan perizinan.",
    )
    groups = by_origin(found)
    assert set(groups) == {"Kabupaten Sumedang", "Kota Cirebon"}
    for v in found:
        assert (v.program, v.destination.regency, v.start_date) == ("PKA", "Kota Malang", D(2023, 9, 6))


def test_a_sender_with_its_own_province_is_one_sender() -> None:
    # "Kabupaten A, Jawa Barat": the province only locates the regency
    found = visits(
        "MALANG - Rombongan benchmarking PKA Angkatan III Kabupaten Sumedang, Jawa Barat diterima "
        "Sekretaris Daerah Kota Malang di Balai Kota, Rabu (6/9/2023).",
    )
    assert [v.origin.regency for v in found] == ["Kabupaten Sumedang"]
