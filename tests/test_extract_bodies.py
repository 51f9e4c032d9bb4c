"""Several sending bodies in one report: a region's government and its council travelling together,
and the bodies a host's report lists as its guests (issue 11, families 2, 5 and 6). Every sentence
here is made up for these tests."""

from __future__ import annotations

import datetime as dt

from diklat_cli.extract import extract_text
from diklat_cli.models import Visit


def visits(*paragraphs: str) -> list[Visit]:
    return [e.visit for e in extract_text("\n\n".join(paragraphs))]


def pairs(found: list[Visit]) -> set[tuple[str | None, str | None]]:
    return {(v.origin.institution, v.destination.regency or v.destination.province) for v in found}


# ------------------------------------------- a government and its council named together as travellers


def test_government_and_council_written_before_one_region_are_two_senders() -> None:
    found = visits(
        "WAKATOBI - Jajaran Pemerintah dan DPRD Kabupaten Muna Barat mengunjungi Pemkot Pekalongan, "
        "Senin (4/3/2024), untuk studi banding penataan pasar tradisional.",
    )
    assert {v.origin.institution for v in found} == {"Pemerintah Kabupaten Muna Barat", "DPRD Kabupaten Muna Barat"}
    assert {v.destination.regency for v in found} == {"Kota Pekalongan"}
    assert all(v.host_agencies == [] for v in found)  # the council that came is no unit visited


def test_council_and_government_in_the_other_order_at_every_stop_of_a_tour() -> None:
    # the headline names both bodies; the body names the council; the tour has two stops
    found = visits(
        "Dewan dan Pemkab Karanganyar Belajar ke Jawa Timur",
        "KEDIRI - Komisi B DPRD Kabupaten Karanganyar bersama pejabat Pemkab Karanganyar melaksanakan kunjungan "
        "kerja untuk studi banding pengelolaan air bersih ke dua daerah, masing-masing Kota Kediri dan "
        "Kabupaten Jombang.",
    )
    # each body is a record at each stop
    assert pairs(found) == {
        (body, stop)
        for body in ("Pemkab Karanganyar", "DPRD Kabupaten Karanganyar")
        for stop in ("Kota Kediri", "Kabupaten Jombang")
    }


def test_short_forms_pemkab_dan_dprd_give_two_records() -> None:
    found = visits(
        "TOMOHON - Rombongan Pemkot dan DPRD Kota Bitung melakukan studi banding ke Kota Tomohon, "
        "Kamis (7/11/2024), belajar tata kelola taman kota.",
    )
    assert len(found) == 2
    assert {v.origin.regency for v in found} == {"Kota Bitung"}
    assert len({v.origin.institution for v in found}) == 2


def test_the_hosts_government_and_council_receiving_are_no_second_sender() -> None:
    found = visits(
        "PEKALONGAN - Pemkab Muna Barat melakukan studi banding ke Kota Pekalongan, Senin (4/3/2024). "
        "Rombongan diterima Pemerintah dan DPRD Kota Pekalongan di ruang rapat wali kota.",
    )
    assert len(found) == 1
    assert found[0].origin.regency == "Kabupaten Muna Barat"


def test_a_government_travelling_alone_stays_one_record() -> None:
    found = visits(
        "PEKALONGAN - Pemkab Muna Barat melakukan studi banding ke Kota Pekalongan, Senin (4/3/2024), "
        "dipimpin Sekretaris Daerah.",
    )
    assert len(found) == 1


def test_a_training_cohort_drawn_from_government_and_council_is_one_group() -> None:
    found = visits(
        "KENDARI - Sebanyak 40 peserta Latsar CPNS Pemerintah dan DPRD Kabupaten Muna Barat melaksanakan "
        "studi lapangan ke Pemkot Kendari, Selasa (5/3/2024).",
    )
    assert len(found) == 1


def test_the_senders_government_and_council_named_as_partners_at_home_are_no_second_sender() -> None:
    found = visits(
        "PEKALONGAN - Pemkab Muna Barat melakukan studi banding ke Kota Pekalongan, Senin (4/3/2024). "
        "Hasilnya akan menjadi bahan sinergi Pemerintah dan DPRD Kabupaten Muna Barat dalam menyusun perda.",
        "Menurut Sekda, rancangan itu nanti dibahas Pemkab dan DPRD Muna Barat pada masa sidang berikutnya.",
    )
    assert len(found) == 1


# ------------------------------------------- a host's report of guests: "a visit like it" by other bodies


def test_a_visit_like_it_from_other_councils_gives_each_council_a_record() -> None:
    found = visits(
        "SLEMAN - DPRD Kabupaten Purworejo melakukan studi banding ke DPRD Sleman, Rabu (6/3/2024). "
        "Kunjungan itu bersamaan dengan agenda serupa dari DPRD Kota Madiun dan Ngawi.",
        "Ketiga rombongan diterima Ketua DPRD Sleman di ruang rapat paripurna.",
    )
    assert {v.origin.regency for v in found} == {"Kabupaten Purworejo", "Kota Madiun", "Kabupaten Ngawi"}
    assert all(v.destination.regency == "Kabupaten Sleman" for v in found)
    assert {v.start_date for v in found} == {v.start_date for v in found[:1]}  # received together: one day


def test_earlier_guests_listed_with_their_provinces_then_a_like_visit_by_another() -> None:
    found = visits(
        "PALU - Awal tahun ini, DPRD Kabupaten Banggai Kepulauan, Provinsi Sulawesi Tengah, serta Pemkab "
        "Polewali Mandar, Sulbar, sudah lebih dulu bertandang ke Pemkot Bontang. Studi banding sejenis "
        "kemudian dilakukan Pemkab Tabalong, yang diterima Asisten I Pemkot Bontang.",
    )
    names = {v.origin.institution for v in found}
    assert names == {"DPRD Kabupaten Banggai Kepulauan", "Pemkab Polewali Mandar", "Pemkab Tabalong"}
    assert all(v.destination.regency == "Kota Bontang" for v in found)


def test_one_council_for_a_kota_and_a_kabupaten_of_one_name_is_two_senders() -> None:
    found = visits(
        "MAGETAN - DPRD Kota dan Kabupaten Madiun sama-sama berangkat studi banding ke DPRD Magetan, "
        "Senin (4/3/2024). Pada hari yang sama kunjungan serupa juga dilakukan DPRD Kabupaten Pacitan.",
    )
    assert {v.origin.institution for v in found} == {
        "DPRD Kota Madiun",
        "DPRD Kabupaten Madiun",
        "DPRD Kabupaten Pacitan",
    }


def test_a_like_visit_talked_of_without_bodies_that_came_adds_no_guest() -> None:
    found = visits(
        "SLEMAN - DPRD Kabupaten Purworejo melakukan studi banding ke DPRD Sleman, Rabu (6/3/2024). "
        "Ketua DPRD Sleman berharap kegiatan serupa bisa dilakukan daerah lain di Jawa Tengah.",
    )
    assert [v.origin.regency for v in found] == ["Kabupaten Purworejo"]


# ------------------------------------------- a list of places closed by "hingga"


def test_hingga_closes_a_list_of_destinations_already_running() -> None:
    found = visits(
        "PADANG - Anggota DPRD Kabupaten Pesisir Selatan berangkat studi banding ke beberapa kota, di "
        "antaranya Bukittinggi, Payakumbuh, Sawahlunto hingga Kota Jambi.",
    )
    assert {v.destination.regency for v in found} == {
        "Kota Bukittinggi",
        "Kota Payakumbuh",
        "Kota Sawahlunto",
        "Kota Jambi",
    }
    other = visits(
        "MATARAM - Rombongan Pemkab Sumbawa Barat melakukan studi banding ke sejumlah daerah, antara lain "
        "Kota Denpasar, Kabupaten Badung sampai Kabupaten Gianyar.",
    )
    assert {v.destination.regency for v in other} == {"Kota Denpasar", "Kabupaten Badung", "Kabupaten Gianyar"}


def test_a_route_from_one_place_to_another_is_no_list() -> None:
    found = visits(
        "BANDUNG - Pemkab Garut melakukan studi banding ke Kota Bandung, Senin (4/3/2024). Perjalanan "
        "dari Garut hingga Bandung ditempuh tiga jam.",
    )
    assert [v.destination.regency for v in found] == ["Kota Bandung"]


def test_a_guests_count_written_in_a_sentence_of_its_own_is_its_count_only() -> None:
    found = visits(
        "PALU - Awal tahun ini, DPRD Kabupaten Banggai Kepulauan serta Pemkab Polewali Mandar sudah lebih "
        "dulu bertandang ke Pemkot Bontang. Kunjungan kerja serupa kemudian dilakukan Pemkab Tabalong. "
        "Rombongan Pemkab Tabalong berjumlah 35 orang dan dipimpin Sekda.",
    )
    counts = {v.origin.regency: v.participants for v in found}
    assert counts == {"Kabupaten Banggai Kepulauan": None, "Kabupaten Polewali Mandar": None, "Kabupaten Tabalong": 35}
    shared = visits(
        "PALU - DPRD Kabupaten Banggai Kepulauan serta Pemkab Polewali Mandar sudah lebih dulu bertandang ke "
        "Pemkot Bontang. Kunjungan kerja serupa kemudian dilakukan Pemkab Tabalong. Rombongan Pemkab "
        "Tabalong dan Pemkab Polewali Mandar berjumlah 60 orang.",
    )
    assert all(v.participants is None for v in shared)  # a count of two guests is neither's


REPORTED = "SLEMAN - DPRD Kabupaten Purworejo melakukan studi banding ke DPRD Sleman, Rabu (6/3/2024). "


def test_a_visit_like_it_in_several_wordings_names_another_guest() -> None:
    for wording in (
        "Kunjungan serupa juga dilakukan oleh DPRD Kabupaten Ngawi.",
        "Studi banding yang sama digelar Pemkab Ngawi.",
        "Pada hari itu rombongan sejenis datang dari DPRD Kabupaten Ngawi.",
    ):
        found = visits(REPORTED + wording)
        assert {v.origin.regency for v in found} == {"Kabupaten Purworejo", "Kabupaten Ngawi"}, wording
        assert {v.start_date for v in found} == {dt.date(2024, 3, 6)}, wording  # received on the one day


def test_guests_told_as_earlier_than_a_like_visit_take_not_its_day() -> None:
    found = visits(
        "PALU - Awal bulan ini, DPRD Kabupaten Banggai Kepulauan, Provinsi Sulawesi Tengah, serta Pemkab "
        "Polewali Mandar, Sulbar, sudah lebih dulu bertandang ke Pemkot Bontang. Studi banding sejenis "
        "kemudian dilakukan Pemkab Tabalong, yang diterima Asisten I Pemkot Bontang, Senin (4/3/2024).",
    )
    days = {v.origin.regency: v.start_date for v in found}
    assert days == {
        "Kabupaten Banggai Kepulauan": None,
        "Kabupaten Polewali Mandar": None,
        "Kabupaten Tabalong": dt.date(2024, 3, 4),
    }


# ------------------------------------------- a relative clause of coming after a guest's apposition


def test_a_guest_set_off_by_its_province_then_yang_datang_is_a_sender() -> None:
    from diklat_cli.extract.place_roles import place_scores, resolved_places

    for text in (
        "Salah satunya Wakil Ketua DPRD Berau, Kalimantan Timur, yang datang bersamaan dengan rombongan lain.",
        "Pemkab Berau, Kaltim, yang berkunjung pekan lalu, ingin meniru layanan itu.",
    ):
        berau = next(p for p in resolved_places(text) if p.region.name == "Kabupaten Berau")
        dest, origin = place_scores(text, (0, len(text)), berau.mention)
        assert origin >= 2 and dest == 0, text
