"""One sender's group divided among host units of several provinces (SCHEMA: one record per travelling
group and destination). Sentences written for these tests, in several wordings."""

from __future__ import annotations

from diklat_cli.extract import extract_text
from diklat_cli.models import visit_json


def _dest(text: str) -> list[str | None]:
    return [v["destination"]["province"] for v in (visit_json(e.visit) for e in extract_text(text))]


def test_a_unit_known_by_its_acronym_and_seat_is_where_the_group_goes() -> None:
    # "ke LPMP Sumatera Barat": the place names the unit gone to
    text = (
        "JAMBI - Pegawai LPMP Provinsi Jambi melakukan studi tiru ke LPMP Jawa Timur, Selasa (3/10/2023), "
        "untuk mempelajari layanan terpadu."
    )
    assert _dest(text) == ["Jawa Timur"]


def test_lists_of_one_divided_group_are_a_visit_each() -> None:
    # the group said divided, its parts told list by list: every place of every list
    text = (
        "KUPANG - LPMP Nusa Tenggara Timur menggelar studi banding. Peserta dibagi dalam beberapa kelompok. "
        "Studi tiru diarahkan ke LPMP Jawa Barat dan LPMP Jawa Tengah. Adapun studi banding dilaksanakan ke "
        "LPMP tipe B, yaitu LPMP Riau, LPMP Lampung dan LPMP Sulawesi Utara."
    )
    assert _dest(text) == ["Jawa Barat", "Jawa Tengah", "Riau", "Lampung", "Sulawesi Utara"]


def test_two_lists_without_a_divided_group_are_not_joined() -> None:
    # no word says the group was divided: the lists are not read as its parts
    text = (
        "KUPANG - LPMP Nusa Tenggara Timur menggelar studi banding ke LPMP Jawa Barat dan LPMP Jawa Tengah, "
        "Senin (2/10/2023). Tahun lalu, lembaga itu dikunjungi LPMP Riau dan LPMP Lampung."
    )
    assert set(_dest(text)) <= {"Jawa Barat", "Jawa Tengah"}


def test_a_training_body_gone_to_is_a_host_not_the_organizer() -> None:
    text = (
        "MEDAN - Balai Diklat Keagamaan Medan melaksanakan studi banding. Peserta dibagi dua kelompok: "
        "studi banding ke Balai Diklat Keagamaan Bandung, sedangkan studi tiru ke Balai Diklat Keagamaan Surabaya."
    )
    visits = [visit_json(e.visit) for e in extract_text(text)]
    assert [v["destination"]["province"] for v in visits] == ["Jawa Barat", "Jawa Timur"]
    # a Kemenag Balai Diklat is a national ministry's campus: no origin province (docs/schema.md)
    assert {v["origin"]["province"] for v in visits} == {None}


def test_groups_counted_by_ordinal_each_to_its_place_is_a_trip() -> None:
    text = (
        "Peserta PKP Angkatan III BPSDM Provinsi Aceh melaksanakan benchmarking. Kelompok pertama ke BPSDM "
        "Provinsi Sumatera Utara, kelompok kedua ke BPSDM Provinsi Riau, 7-9 Agustus 2023."
    )
    assert _dest(text) == ["Sumatera Utara", "Riau"]


def test_other_groups_of_the_same_sender_at_the_same_time() -> None:
    text = (
        "PALU - BPSDM Provinsi Gorontalo melakukan studi tiru ke BPSDM Sulawesi Tengah, 3-5 Oktober 2022. "
        "Rombongan lain dari lembaga yang sama pada waktu bersamaan mengunjungi BPSDM Maluku. Rombongan "
        "diterima Kepala BPSDM Sulawesi Tengah di kantornya."
    )
    assert _dest(text) == ["Sulawesi Tengah", "Maluku"]


def _dated(text: str) -> list[tuple]:
    return [
        (v["destination"]["province"], v["start_date"], v["end_date"])
        for v in (visit_json(e.visit) for e in extract_text(text))
    ]


def test_days_in_a_clause_about_one_part_are_that_parts_only() -> None:
    text = (
        "AMBON - BPSDM Provinsi Maluku menggelar studi tiru. Peserta dibagi dalam beberapa kelompok, masing-masing "
        "ke BPSDM Jawa Tengah dan BPSDM Sulawesi Selatan. Hal itu disampaikan Yance Latumahina, ketua rombongan "
        "yang mengunjungi BPSDM Sulawesi Selatan dari tanggal 2 sampai 4 Mei 2022."
    )
    assert _dated(text) == [("Jawa Tengah", None, None), ("Sulawesi Selatan", "2022-05-02", "2022-05-04")]


def test_days_after_the_list_of_a_divided_group_are_every_parts() -> None:
    text = (
        "AMBON - Peserta PKA Angkatan I BPSDM Provinsi Maluku dibagi dua kelompok untuk benchmarking ke BPSDM "
        "Jawa Tengah dan BPSDM Sulawesi Selatan, 2-4 Mei 2022."
    )
    assert _dated(text) == [
        ("Jawa Tengah", "2022-05-02", "2022-05-04"),
        ("Sulawesi Selatan", "2022-05-02", "2022-05-04"),
    ]
