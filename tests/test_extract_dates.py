"""Dates of a visit (extraction family 6): ranges, weekdays, posting and update lines, planned trips and the days
said in quotations. Every sentence here is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from diklat_cli.extract import dates, extract_text
from diklat_cli.models import Visit, visit_json
from tests.extracted import cleaned_visits_of, days_of, destination_regencies, visits_of


def test_guests_told_as_earlier_than_a_like_visit_take_not_its_day() -> None:
    found = visits_of(
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


def test_a_release_dated_at_the_place_visited_dates_the_visit():
    text = (
        "Purworejo, 12 Maret 2025 – Rombongan Komisi C DPRD Kabupaten Cilacap melakukan studi banding ke"
        " Kabupaten Purworejo tentang pengelolaan sampah. Mereka diterima Asisten II Setda Purworejo."
    )
    assert days_of(text) == [("2025-03-12", "2025-03-12")]


def test_beside_another_day_the_datelines_is_the_releases_only():
    text = (
        "Purworejo, 12 Maret 2025 – Rombongan Komisi C DPRD Kabupaten Cilacap melakukan studi banding ke"
        " Kabupaten Purworejo, Senin (10/3/2025). Mereka diterima Asisten II Setda Purworejo."
    )
    assert days_of(text) == [("2025-03-10", "2025-03-10")]


def test_an_arrival_day_written_again_as_the_visits_is_one_day():
    text = (
        "Pemkab Bangli Belajar Perizinan ke Kota Mataram\n"
        "Rombongan Pemkab Bangli saat mengunjungi Mal Pelayanan Publik Mataram, Kamis (6/2/2025).\n"
        "BANGLI - Pemerintah Kabupaten Bangli melakukan studi banding perizinan ke Kota Mataram.\n"
        "Rombongan tiba di Mataram pada Kamis (6/2/2025) siang dan diterima Sekda Kota Mataram.\n"
    )
    assert days_of(text) == [("2025-02-06", "2025-02-06")]


def test_an_arrival_day_with_a_later_day_told_is_no_one_day_visit():
    text = (
        "BANGLI - Pemerintah Kabupaten Bangli melakukan studi banding perizinan ke Kota Mataram.\n"
        "Rombongan tiba di Mataram pada Kamis (6/2/2025) siang. Pada Kamis (6/2/2025) mereka ke kantor wali kota,"
        " dan Jumat (7/2/2025) meninjau mal pelayanan publik.\n"
    )
    assert days_of(text) != [("2025-02-06", "2025-02-06")]


def _spans(text: str) -> list[tuple[int, int, int, int]]:
    return [(d.first.day, d.first.month, d.last.day, d.last.month) for d in dates.find_dates(text)]


@pytest.mark.parametrize(
    "text",
    [
        '"Rombongan sudah di sini sejak tanggal 10 lalu dan sampai tanggal 13 nanti," ujarnya, Selasa (11/6).',
        "Menurutnya, kegiatan berlangsung mulai tanggal 10 hingga tanggal 13. Hal itu disampaikan Rabu (12/6).",
        "Kunjungan dari tanggal 10 sampai dengan tanggal 13 itu, kata dia di Palembang, Senin (10/6), padat.",
    ],
)
def test_bare_days_take_the_month_of_the_day_they_are_told_on(text):
    assert (10, 6, 13, 6) in _spans(text)


def test_bare_days_need_a_told_day_inside_them():
    # the day told on lies outside the span: its month is not the span's
    text = "Pendaftaran dibuka sejak tanggal 1 hingga tanggal 5, kata panitia, Senin (12/8)."
    assert _spans(text) == [(12, 8, 12, 8)]


def test_a_span_with_its_month_is_read_as_usual():
    text = "Peserta belajar di Kota Batam sejak tanggal 10 Juni hingga tanggal 13 Juni 2024, Senin (10/6)."
    assert _spans(text)[0] == (10, 6, 13, 6)


def test_a_visit_quoted_by_its_bare_days_is_dated():
    text = (
        'Delapan peserta PPRA LXI Lemhannas RI mengadakan kunjungan ke Kota Palembang. "Kunjungan ini berjalan'
        ' sejak tanggal 10 kemarin dan berakhir besok tanggal 13," jelasnya di Museum Balaputra Dewa, Rabu'
        " (12/6/2024)."
    )
    assert days_of(text) == [("2024-06-10", "2024-06-13")]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Sepanjang Januari hingga Mei 2019, Pemkab Badung menerima 40 rombongan studi banding. Tahun 2018,"
            " pendapatan daerah naik 9 persen. Rombongan DPRD Kabupaten Agam datang kemarin (14/5) untuk belajar"
            " pengelolaan pajak hotel.",
            "2019-05-14",
        ),
        (
            "Tahun 2017, kunjungan wisata naik. Memasuki Agustus 2018 ini, rombongan Pemkab Agam studi banding ke"
            " Kabupaten Badung pada Selasa (7/8) untuk belajar pajak hotel.",
            "2018-08-07",
        ),
    ],
)
def test_a_day_takes_the_year_its_month_is_written_with(text, start):
    assert [e.visit.start_date.isoformat() for e in extract_text(text)] == [start]


def test_a_weekday_overrules_the_month_year():
    # 7 August 2018 was a Tuesday: "Kamis (7/8)" cannot be in 2018
    text = (
        "Memasuki Agustus 2018, Pemkab Agam menyiapkan program wisata. Rombongan Pemkab Agam studi banding ke"
        " Kabupaten Badung pada Kamis (7/8) untuk belajar pajak hotel."
    )
    assert [e.visit.start_date.year != 2018 if e.visit.start_date else True for e in extract_text(text)] == [True]


@pytest.mark.parametrize(
    "text",
    [
        'Dalam waktu dekat kepala desa se-Kabupaten Sigi akan studi tiru ke Kabupaten Badung. "Kami ingin belajar'
        ' desa wisata," kata Kepala DPMD Sigi, Rabu (3/4/2024).',
        "Pemkab Sigi berencana studi banding ke Kabupaten Badung untuk belajar pajak hotel, ujar Sekda Sigi kepada"
        " wartawan, Rabu (3/4/2024).",
    ],
)
def test_a_trip_planned_for_later_is_not_dated_by_the_day_it_was_told(text):
    assert [(e.visit.start_date, e.visit.end_date) for e in extract_text(text)] == [(None, None)]


@pytest.mark.parametrize(
    "text",
    [
        # the trip has happened: the day it was told of is kept as before
        'Kepala desa se-Kabupaten Sigi studi tiru ke Kabupaten Badung. "Kami belajar desa wisata," kata Kepala'
        " DPMD Sigi, Rabu (3/4/2024).",
        # a send-off of a trip about to start gives its day
        "Bupati Sigi melepas kepala desa yang akan studi tiru ke Kabupaten Badung untuk belajar desa wisata,"
        " Rabu (3/4/2024).",
    ],
)
def test_a_trip_told_or_sent_off_keeps_its_day(text):
    assert [e.visit.start_date.isoformat() for e in extract_text(text)] == ["2024-04-03"]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Rangkaian studi lapangan peserta PKA BPSDM Provinsi Kalimantan Barat di Pemerintah Kota Batu"
            " tiba di hari terakhirnya pada Jumat (7/6/2024).",
            [(None, "2024-06-07")],
        ),
        (
            "Peserta PKA BPSDM Provinsi Kalimantan Barat melaksanakan studi lapangan di Pemerintah Kota Batu."
            " Pada hari terakhir kunjungan, Jumat (7/6/2024), peserta memaparkan rekomendasinya.",
            [(None, "2024-06-07")],
        ),
        # near-misses: a last visit (no last day of a stay) is its one day; an arrival in a region opens the stay
        (
            "Peserta PKA BPSDM Provinsi Kalimantan Barat melakukan kunjungan terakhir mereka ke Pemerintah Kota"
            " Batu pada Jumat (7/6/2024).",
            [("2024-06-07", "2024-06-07")],
        ),
        (
            "Peserta PKA BPSDM Provinsi Kalimantan Barat tiba di Kota Batu pada Senin (3/6/2024) untuk studi lapangan.",
            [("2024-06-03", None)],
        ),
    ],
)
def test_the_last_day_of_a_stay_told_alone(text, days):
    assert days_of(text) == days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # the stops of a fronted "sesudah …," clause came before the day the main clause gives
        (
            "Setelah lebih dulu singgah di Kabupaten Sleman dan di Kabupaten Klaten, hari ini Selasa (4/6/2024)"
            " rombongan Pemkab Garut kembali melakukan studi banding, kali ini di Kabupaten Badung.",
            [("Bali", "2024-06-04"), ("DI Yogyakarta", None), ("Jawa Tengah", None)],
        ),
        (
            "Sesudah singgah di Kota Malang, hari ini Rabu (5/6/2024) rombongan peserta PKA BPSDM Provinsi"
            " Kalimantan Barat melaksanakan studi lapangan di Pemerintah Kota Denpasar.",
            [("Bali", "2024-06-05"), ("Jawa Timur", None)],
        ),
        # near-miss: no fronted clause, the trip's day is every stop's as before
        (
            "Rombongan Pemkab Garut singgah di Kabupaten Sleman dan di Kabupaten Klaten, lalu pada Selasa"
            " (4/6/2024) melakukan studi banding di Kabupaten Badung.",
            [("Bali", "2024-06-04"), ("DI Yogyakarta", "2024-06-04"), ("Jawa Tengah", "2024-06-04")],
        ),
    ],
)
def test_the_day_of_a_main_clause_after_fronted_stops(text, days):
    got = sorted(
        (e.visit.destination.province or "", e.visit.start_date.isoformat() if e.visit.start_date else None)
        for e in extract_text(text)
    )
    assert got == days


D = dt.date


# ---------------------------------------------------------------- a second destination in a contrast clause


SPLIT_TRIP = (
    "Para ketua BPD di kabupaten kami akan menjalani studi banding, Senin (6/3/2023). Studi banding "
    "dibagi dua: rombongan pertama ke daerah Jawa Tengah pada 7 hingga 9 Maret, sedangkan rombongan "
    "kedua ke daerah Lembang Jawa Barat pada 8 hingga 10 Maret."
)


def test_groups_at_once_keep_the_days_of_their_own_clause() -> None:
    days = {v.destination.province: (v.start_date, v.end_date) for v in visits_of(SPLIT_TRIP)}
    assert days == {"Jawa Tengah": (D(2023, 3, 7), D(2023, 3, 9)), "Jawa Barat": (D(2023, 3, 8), D(2023, 3, 10))}


def test_groups_at_once_with_one_date_share_it() -> None:
    found = visits_of(
        "Para ketua BPD akan menjalani studi banding pada 7 hingga 9 Maret 2023. Rombongan pertama ke daerah "
        "Jawa Tengah, sedangkan rombongan kedua ke daerah Jawa Barat."
    )
    assert {(v.start_date, v.end_date) for v in found} == {(D(2023, 3, 7), D(2023, 3, 9))}
    assert len(found) == 2


# ---------------------------------------------------------------- two senders on different days


def test_senders_received_on_different_days_keep_their_own_day() -> None:
    found = visits_of(
        "Dinas Pariwisata Kota Batu kedatangan tamu dari Pemerintah Kabupaten Jember dan Pemerintah Kabupaten "
        "Ngawi untuk studi banding pengelolaan wisata. Rombongan Pemerintah Kabupaten Jember datang pada "
        "2 Mei 2023, sementara Pemerintah Kabupaten Ngawi menyusul pada 4 Mei."
    )
    days = {v.origin.regency: v.start_date for v in found}
    assert days == {"Kabupaten Jember": D(2023, 5, 2), "Kabupaten Ngawi": D(2023, 5, 4)}


def test_senders_received_together_on_one_day_share_it() -> None:
    found = visits_of(
        "Dinas Pariwisata Kota Batu kedatangan tamu dari Pemerintah Kabupaten Jember dan Pemerintah Kabupaten "
        "Ngawi untuk studi banding pengelolaan wisata pada 2 Mei 2023."
    )
    assert {v.origin.regency: v.start_date for v in found} == {
        "Kabupaten Jember": D(2023, 5, 2),
        "Kabupaten Ngawi": D(2023, 5, 2),
    }


def test_the_day_a_speaker_spoke_at_one_stop_is_not_that_stops_own_day() -> None:
    found = visits_of(
        "Peserta PKA Angkatan V BPSDM Provinsi Jambi melaksanakan visitasi pada 3 hingga 6 Juni 2024. "
        "\u201cManfaatkan kesempatan ini,\u201d kata Kepala BPSDM di Padang, Senin (3/6/2024). "
        "Lokasi visitasi antara lain Pemerintah Kota Padang, serta instansi pemerintah di Kabupaten Badung."
    )
    assert {v.destination.regency: (v.start_date, v.end_date) for v in found} == {
        "Kota Padang": (D(2024, 6, 3), D(2024, 6, 6)),
        "Kabupaten Badung": (D(2024, 6, 3), D(2024, 6, 6)),
    }


# ---------------------------------------------------------------- a day told relative to the report


PAST_DAY = (
    "Bupati Kaji Banding ke Padang\n\nSenin, 04 Maret 2019 - 09:33 WIB\n\n"
    "SAMPIT - Pemerintah Kabupaten Kotawaringin Timur melakukan kaji banding ke Kota Padang. Bupati "
    "bersama beberapa kepala dinas mendatangi Kantor Wali Kota Padang pada Kamis lalu{day}. \u201cKami "
    "belajar soal sampah,\u201d kata bupati di sela kegiatannya, Senin (4/3/2019)."
)


def test_a_weekday_told_as_past_in_the_trip_sentence_dates_the_visit() -> None:
    # "Kamis lalu" before Monday 4 March 2019 is 28 February; the Monday closes a quote
    (v,) = visits_of(PAST_DAY.format(day=""))
    assert (v.start_date, v.end_date) == (D(2019, 2, 28), D(2019, 2, 28))


# the trip told from the host's side by the welcome alone: the guests received by an official of the host
# ("disambut Wali Kota Padang … pada Kamis lalu", "diterima langsung oleh Sekda", "dijamu Bupati") tell the visit
# as "mendatangi" does; a weekday past in a sentence of nothing received, or of a statement, is no visit day
@pytest.mark.parametrize(
    "sentence",
    [
        "Bupati bersama beberapa kepala dinas disambut langsung Wali Kota Padang di balai kota pada Kamis lalu.",
        "Pada Kamis lalu, Bupati dan para kepala dinas diterima oleh Sekda Kota Padang di ruang rapat.",
        "Bupati dan beberapa kepala dinas dijamu Wali Kota Padang dalam makan siang Kamis lalu.",
        "Kamis lalu, Bupati serta jajarannya ditemui Asisten I Kota Padang di kantornya.",
    ],
)
def test_a_weekday_told_as_past_in_the_welcome_sentence_dates_the_visit(sentence: str) -> None:
    (v,) = visits_of(
        PAST_DAY.format(day="").replace(
            "Bupati bersama beberapa kepala dinas mendatangi Kantor Wali Kota Padang pada Kamis lalu.", sentence
        )
    )
    assert v.start_date == D(2019, 2, 28)


# A report dates the visit by its own day of writing: "kemarin", "hari ini", "pagi tadi", a weekday written without
# its date ("Rabu malam", ", Selasa", "Selasa lalu"): with a posting date and no written day of the visit, the last
# such day up to publication is the visit's (a weekday told as past, the last before it)
RELATIVE_DAY = (
    "Komisi B Studi Banding ke Padang\n\nKamis, 07 Maret 2019 - 10:15 WIB\n\n"
    "PADANG - Komisi B DPRD Kabupaten Kampar melakukan studi banding ke Kota Padang{day}. Rombongan diterima "
    "Asisten II Setda Kota Padang dan belajar pengelolaan pasar.{more}"
)


@pytest.mark.parametrize(
    ("day", "more", "want"),
    [
        (" kemarin", "", D(2019, 3, 6)),
        (" pada Rabu malam", "", D(2019, 3, 6)),
        (" pagi tadi", "", D(2019, 3, 7)),
        (", Selasa", "", D(2019, 3, 5)),
        ("", " Pada pertemuan Selasa lalu itu, Asisten II menjelaskan sistem retribusi.", D(2019, 3, 5)),
    ],
)
def test_a_day_told_by_the_day_of_writing_dates_the_visit(day: str, more: str, want) -> None:
    (v,) = visits_of(RELATIVE_DAY.format(day=day, more=more))
    assert v.start_date == want


@pytest.mark.parametrize(
    "more",
    [
        " Pasar itu buka setiap Senin hingga Sabtu.",
        ' "Hari ini kami belajar banyak," kata ketua rombongan.',
        " Retribusi pasar naik sejak tahun kemarin.",
        # a weekday not told as past dates the visit only in a sentence that tells it
        " Pasar itu paling ramai pada hari Minggu.",
        " Hasilnya dipaparkan dalam rapat komisi, Senin.",
    ],
)
def test_a_day_of_habit_or_of_a_quote_is_no_visit_day(more: str) -> None:
    (v,) = visits_of(RELATIVE_DAY.format(day="", more=more))
    assert v.start_date is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Usulan itu sudah diterima dinas pada Kamis lalu.",
        "Bupati sudah menyampaikan hal itu dalam rapat Kamis lalu.",
    ],
)
def test_a_weekday_told_as_past_of_no_welcome_is_no_visit_day(sentence: str) -> None:
    (v,) = visits_of(
        PAST_DAY.format(day="").replace(
            "Bupati bersama beberapa kepala dinas mendatangi Kantor Wali Kota Padang pada Kamis lalu.", sentence
        )
    )
    assert v.start_date != D(2019, 2, 28)


def test_a_written_date_of_the_trip_wins_over_a_weekday_told_as_past() -> None:
    (v,) = visits_of(PAST_DAY.format(day=" (27/2/2019)"))
    assert v.start_date == D(2019, 2, 27)


# ---------------------------------------------------------------- a caption's day above the story


def test_a_day_written_above_the_storys_opener_gives_way_to_the_storys_own() -> None:
    text = (
        "DPRD Kendal Studi di Sleman\n\n"
        "Rombongan Komisi B DPRD Kendal foto bareng Wakil Bupati Sleman, Kamis 8/8/2019.\n\n"
        "kabarku.com \u2013 Komisi B DPRD Kabupaten Kendal mengadakan kunjungan kerja ke Kabupaten Sleman, Rabu.\n\n"
        "Rombongan disambut Wakil Bupati Sleman di Kantor Bupati, Rabu (7/8).\n\n"
        '"Kami datang untuk studi banding," kata ketua komisi.'
    )
    (v,) = visits_of(text)
    assert (v.start_date, v.end_date) == (D(2019, 8, 7), D(2019, 8, 7))  # the year from the caption


# ---------------------------------------------------------------- 1. a photo caption's day is not the visit's
# A caption stands on its own line under a label ("Foto:", "FOTO :", "Keterangan foto:", "Caption :",
# "Ilustrasi:") and tells the picture; the story's own sentence gives the day of the visit.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Camat Belajar ke Kulon Progo\n\nFOTO: Para camat berpose di depan gedung, Senin (4/3/2024).\n\n"
            "Dua puluh camat dari Kabupaten Blora melakukan studi tiru ke Kabupaten Kulon Progo, Rabu (13/3/2024).",
            dt.date(2024, 3, 13),
        ),
        (
            "Keterangan foto: Suasana penyambutan tamu, Jumat (2/2/2024)\n\n"
            "Sebanyak 30 peserta PKP Kota Kediri menggelar kunjungan lapangan ke Kabupaten Badung pada Selasa "
            "(20/2/2024).",
            dt.date(2024, 2, 20),
        ),
        (
            "Caption : Kepala dinas menyerahkan cendera mata, Kamis (7/9/2023).\n"
            "Rombongan 25 anggota DPRD Kabupaten Ciamis melaksanakan kunjungan kerja ke Kota Batu, Senin "
            "(18/9/2023).",
            dt.date(2023, 9, 18),
        ),
        (
            "Foto : Peserta pelatihan menyimak paparan narasumber, 1 Agustus 2023\n\n"
            "Peserta Pelatihan Kepemimpinan Pengawas Kabupaten Lebak studi lapangan ke Kota Tangerang pada "
            "Kamis (10/8/2023).",
            dt.date(2023, 8, 10),
        ),
    ],
)
def test_caption_day_is_not_the_visit_day(text: str, day: dt.date) -> None:
    visits = cleaned_visits_of(text)
    assert visits
    assert visits[0].start_date == day


# near-misses: a day in a sentence that merely mentions a photo, and a caption that is the only dated line
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Peserta PKA Kabupaten Purworejo berfoto bersama usai studi lapangan ke Kota Salatiga, Kamis (16/5/2024).",
            dt.date(2024, 5, 16),
        ),
        (
            "Foto: Rombongan tiba di Kota Salatiga, Kamis (16/5/2024).\n\n"
            "Peserta PKA Kabupaten Purworejo melaksanakan studi lapangan ke Kota Salatiga.",
            dt.date(2024, 5, 16),
        ),
    ],
)
def test_day_outside_a_caption_or_only_in_one(text: str, day: dt.date) -> None:
    visits = cleaned_visits_of(text)
    assert visits
    assert visits[0].start_date == day


# A caption or a line above the story's opener that is the only dated line and shows no visit (a protest, a
# meeting, a portrait) tells the picture: the visit's days are not given (kz-12 tribunpekanbaru; the captions of
# kc-07, kk-12, lg-11 and ha-09 tell their pictures the same way).
@pytest.mark.parametrize(
    "text",
    [
        "FOTO: Ratusan mahasiswa berunjuk rasa di Gedung DPRD Riau, Selasa (20/10/2015).\n\n"
        "Anggota DPRD Kabupaten Kampar studi banding ke Kota Surabaya untuk belajar pengelolaan pasar.",
        "Keterangan foto: Ketua DPRD memimpin rapat paripurna, Senin (4/3/2024).\n\n"
        "Sebanyak 20 anggota DPRD Kabupaten Blora melakukan studi tiru ke Kabupaten Kulon Progo.",
        "Caption : Warga antre minyak goreng di pasar, Kamis (7/9/2023).\n"
        "Rombongan 25 anggota DPRD Kabupaten Ciamis melaksanakan kunjungan kerja ke Kota Batu.",
        "Ilustrasi: Gedung Balai Kota diguyur hujan, Jumat (2/2/2024).\n\n"
        "Peserta PKP Kota Kediri menggelar studi lapangan ke Kabupaten Badung.",
    ],
)
def test_a_caption_of_no_visit_as_the_only_dated_line_gives_no_day(text: str) -> None:
    visits = cleaned_visits_of(text)
    assert visits
    assert (visits[0].start_date, visits[0].end_date) == (None, None)


# near-misses: the caption shows the group received, and a story line with its own day
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Foto: Wali Kota menerima kunjungan kerja rombongan DPRD Kabupaten Kampar, Selasa (20/10/2015).\n\n"
            "Anggota DPRD Kabupaten Kampar studi banding ke Kota Surabaya untuk belajar pengelolaan pasar.",
            dt.date(2015, 10, 20),
        ),
        (
            "FOTO: Ratusan mahasiswa berunjuk rasa di Gedung DPRD Riau, Selasa (20/10/2015).\n\n"
            "Anggota DPRD Kabupaten Kampar studi banding ke Kota Surabaya, Kamis (22/10/2015).",
            dt.date(2015, 10, 22),
        ),
    ],
)
def test_a_caption_of_the_visit_or_a_story_day_dates_it(text: str, day: dt.date) -> None:
    visits = cleaned_visits_of(text)
    assert visits
    assert visits[0].start_date == day


def test_near_miss_a_stop_at_a_village_the_day_before_is_a_stop() -> None:
    found = visits_of(
        "Peserta Diklatpim IV Kabupaten Sintang Benchmarking ke Kabupaten Sleman",
        "Sintang - Peserta Diklatpim IV Angkatan III Kabupaten Sintang melaksanakan benchmarking ke Kabupaten"
        " Sleman, Rabu (12/6/2024). Sehari sebelumnya, rombongan singgah di Desa Wisata Pentingsari, Kabupaten"
        " Magelang, untuk mempelajari pengelolaan desa wisata.",
    )
    assert sorted(r or "" for r in destination_regencies(found)) == ["Kabupaten Magelang", "Kabupaten Sleman"]


# ---------------------------------------------------------------- an itinerary told day by day


def test_two_days_told_in_one_sentence_are_two_stops() -> None:
    found = visits_of(
        "Peserta Latsar Kabupaten Bone Studi Lapangan ke Dua Daerah",
        "Watampone - Peserta Latsar CPNS Angkatan VIII Kabupaten Bone melaksanakan studi lapangan pada 2-3 Oktober"
        " 2024. Hari pertama peserta ke Kabupaten Soppeng, dan hari kedua ke Kabupaten Wajo.",
    )
    assert {(v.destination.regency, v.start_date) for v in found} == {
        ("Kabupaten Soppeng", dt.date(2024, 10, 2)),
        ("Kabupaten Wajo", dt.date(2024, 10, 3)),
    }


def test_the_next_day_told_as_the_day_after_is_a_stop() -> None:
    found = visits_of(
        "Peserta PKA BPSDM Provinsi Jambi Benchmarking ke Dua Kabupaten",
        "Jambi - Peserta PKA Angkatan III BPSDM Provinsi Jambi melaksanakan benchmarking pada 10 hingga 11"
        " September 2024. Pada hari pertama, Selasa 10 September, peserta mengunjungi Kabupaten Lahat. Keesokan"
        " harinya, Rabu 11 September, peserta menuju Kabupaten Muara Enim.",
    )
    assert {(v.destination.regency, v.start_date) for v in found} == {
        ("Kabupaten Lahat", dt.date(2024, 9, 10)),
        ("Kabupaten Muara Enim", dt.date(2024, 9, 11)),
    }


def test_a_day_later_in_other_words_is_a_stop() -> None:
    found = visits_of(
        "Komisi III DPRD Kabupaten Jember Kunjungi Dua Daerah",
        "Jember - Komisi III DPRD Kabupaten Jember melakukan studi banding ke Kabupaten Sidoarjo, Senin"
        " (4/3/2024). Sehari kemudian, rombongan bertolak ke Kabupaten Gresik untuk belajar pengelolaan sampah.",
    )
    assert sorted(r or "" for r in destination_regencies(found)) == ["Kabupaten Gresik", "Kabupaten Sidoarjo"]


def test_days_each_in_a_sentence_keep_their_stops() -> None:
    found = visits_of(
        "Peserta PKP Kabupaten Kudus Kunjungi Dua Daerah",
        "Kudus - Sebanyak 35 peserta PKP Angkatan I Kabupaten Kudus melaksanakan studi lapangan selama dua hari,"
        " 3-4 Juli 2024. Hari pertama, Rabu (3/7/2024), peserta berkunjung ke Pemerintah Kota Salatiga. Hari"
        " kedua, Kamis (4/7/2024), rombongan melanjutkan kunjungan ke Pemerintah Kabupaten Semarang.",
    )
    assert sorted(r or "" for r in destination_regencies(found)) == ["Kabupaten Semarang", "Kota Salatiga"]


def test_near_miss_the_next_day_at_home_is_no_stop() -> None:
    found = visits_of(
        "Peserta PKA Kota Metro Benchmarking ke Kota Bandar Lampung",
        "Metro - Peserta PKA Angkatan II Kota Metro melaksanakan benchmarking ke Pemerintah Kota Bandar Lampung,"
        " Senin (5/8/2024). Keesokan harinya, peserta kembali mengikuti pembelajaran di kelas.",
    )
    assert destination_regencies(found) == ["Kota Bandar Lampung"]


def test_near_miss_the_first_day_at_the_host_is_one_stop() -> None:
    found = visits_of(
        "Peserta Diklatpim IV Kabupaten Kampar Studi Lapangan ke Kota Pekanbaru",
        "Pekanbaru - Peserta Diklatpim IV Kabupaten Kampar melaksanakan studi lapangan di Kota Pekanbaru selama"
        " dua hari. Hari pertama peserta belajar di Dinas Kependudukan dan Pencatatan Sipil, dan hari kedua di"
        " Badan Pendapatan Daerah Kota Pekanbaru.",
    )
    assert destination_regencies(found) == ["Kota Pekanbaru"]


def test_days_before_a_city_in_brackets_are_that_leg() -> None:
    found = visits_of(
        "DPRD DKI Studi Banding ke Dua Negara",
        "Jakarta - Komisi D DPRD Provinsi DKI Jakarta berangkat studi banding pada 25 sampai 29 April 2016 ke"
        " Tokyo (Jepang), dan pada 2 sampai 5 Mei 2016 ke Seoul (Korea Selatan).",
    )
    days = {v.destination.host: (v.start_date, v.end_date) for v in found}
    assert days == {
        "Jepang": (dt.date(2016, 4, 25), dt.date(2016, 4, 29)),
        "Korea Selatan": (dt.date(2016, 5, 2), dt.date(2016, 5, 5)),
    }


# ---------------------------------------------------------------- a day heading the next clause is its stop's


def days_of_2(found: list[Visit]) -> dict[str | None, dt.date | None]:
    return {v.destination.regency: v.start_date for v in found}


def test_a_day_after_sedangkan_is_the_next_stops() -> None:
    found = visits_of(
        "DPRD Kabupaten Lebak Studi Banding ke Dua Kota",
        "Lebak - Komisi I DPRD Kabupaten Lebak melaksanakan studi banding ke dua kota pekan ini. Pada Selasa"
        " (14/5/2024) rombongan berkunjung ke Pemerintah Kota Bogor, sedangkan pada Rabu (15/5/2024) ke Pemerintah"
        " Kota Depok.",
    )
    assert days_of_2(found) == {"Kota Bogor": dt.date(2024, 5, 14), "Kota Depok": dt.date(2024, 5, 15)}


def test_a_day_after_lalu_is_the_next_stops() -> None:
    found = visits_of(
        "Komisi II DPRD Kota Cilegon Kaji Banding ke Jawa Tengah",
        "Cilegon - Komisi II DPRD Kota Cilegon melaksanakan kaji banding ke Jawa Tengah. Pada Senin (21/10/2024)"
        " rombongan mengunjungi Pemerintah Kota Semarang, lalu Selasa (22/10/2024) ke Pemerintah Kota Surakarta.",
    )
    assert days_of_2(found) == {"Kota Semarang": dt.date(2024, 10, 21), "Kota Surakarta": dt.date(2024, 10, 22)}


def test_a_day_after_kemudian_is_the_next_stops() -> None:
    found = visits_of(
        "Peserta PKP Kabupaten Tuban Studi Lapangan ke Dua Daerah",
        "Tuban - Peserta PKP Angkatan II Kabupaten Tuban melakukan studi lapangan ke Kabupaten Bojonegoro pada"
        " Kamis (7/11/2024), kemudian pada Jumat (8/11/2024) ke Kabupaten Lamongan.",
    )
    assert days_of_2(found) == {
        "Kabupaten Bojonegoro": dt.date(2024, 11, 7),
        "Kabupaten Lamongan": dt.date(2024, 11, 8),
    }


def test_near_miss_a_day_closing_its_stops_clause_stays_with_it() -> None:
    found = visits_of(
        "Peserta PKP Kabupaten Tuban Studi Lapangan ke Dua Daerah",
        "Tuban - Peserta PKP Angkatan II Kabupaten Tuban melakukan studi lapangan ke Kabupaten Bojonegoro, Kamis"
        " (7/11/2024), dan ke Kabupaten Lamongan, Jumat (8/11/2024).",
    )
    assert days_of_2(found) == {
        "Kabupaten Bojonegoro": dt.date(2024, 11, 7),
        "Kabupaten Lamongan": dt.date(2024, 11, 8),
    }


# ---------------------------------------------------------------- 1. a passive verb of saying dates the saying
# "Hal itu disampaikan X, Senin (4/9/2023)": the di- passive of a verb of saying closes an attribution just as
# "kata X" does; a trip planned for a time not yet fixed takes no day from it.
@pytest.mark.parametrize(
    "text",
    [
        "Komisi A DPRD Kabupaten Blora berencana melakukan studi banding ke Kabupaten Sleman untuk mempelajari "
        "pengelolaan arsip daerah. Hal itu disampaikan Ketua Komisi A, Budi Santoso, Senin (4/9/2023).",
        "Pemerintah Kabupaten Lebak berencana studi tiru ke Kota Bandung soal tata kelola sampah. Rencana itu "
        "diungkapkan Sekda Lebak kepada wartawan, Kamis (5/10/2023).",
        "Dalam waktu dekat, Komisi III DPRD Kota Kendari akan kunjungan kerja ke Kota Makassar untuk belajar "
        "penataan pasar. Demikian dikatakan Ketua Komisi III di gedung dewan, Selasa (7/11/2023).",
        "Rencananya para kepala desa di Kecamatan Sewon akan studi banding ke Kabupaten Banyuwangi untuk "
        "belajar desa wisata. Hal tersebut dijelaskan Camat Sewon, Rabu (8/11/2023), di kantornya.",
    ],
)
def test_passive_saying_dates_the_statement_of_a_plan(text: str) -> None:
    assert days_of(text) == [(None, None)]


# near-misses: the words said while receiving the group date the visit; a planned trip with its own days
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Komisi II DPRD Kabupaten Sambas melakukan studi banding ke Kabupaten Sleman. Hal itu disampaikan "
            "Sekda Sleman saat menerima rombongan, Senin (4/9/2023).",
            [("2023-09-04", "2023-09-04")],
        ),
        (
            "Komisi B DPRD Kabupaten Blora dijadwalkan studi banding ke Kabupaten Sleman pada 18-20 Maret 2024. "
            "Hal itu disampaikan Ketua Komisi B, Senin (4/3/2024).",
            [("2024-03-18", "2024-03-20")],
        ),
    ],
)
def test_passive_saying_near_misses(text: str, expected: list[tuple[str, str]]) -> None:
    assert days_of(text) == expected


# ---------------------------------------------------------------- 2. "akan" before the trip marks a plan
# "Kami akan studi banding ke …", "akan melakukan kunjungan ke …": the future word before the trip (or its verb)
# tells a plan, and a day that only closes what was said about it is not the trip's.
@pytest.mark.parametrize(
    "text",
    [
        '"Para kepala desa akan saya ajak. Kami akan studi banding ke Kabupaten Gianyar untuk belajar desa '
        'wisata," kata Camat Ile Mandiri, Yohanes Kia, Rabu (28/11/2018).',
        "Komisi C DPRD Kabupaten Sikka akan melakukan kunjungan kerja ke Kota Denpasar guna mempelajari "
        "pengelolaan pasar, ujar Ketua Komisi C, Senin (6/11/2023).",
        '"Bulan ini kami akan berangkat ke Kabupaten Sleman untuk belajar pertanian organik," tutur Ketua '
        "Kelompok Tani, Selasa (7/11/2023).",
        "Pemerintah Kabupaten Alor akan menggelar studi tiru ke Kabupaten Banyuwangi terkait pelayanan publik. "
        "Hal itu diungkapkan Sekda Alor, Kamis (9/11/2023).",
    ],
)
def test_akan_before_the_trip_is_a_plan(text: str) -> None:
    assert days_of(text) == [(None, None)]


# near-misses: "akan" of something else than the trip (the lesson to be applied); a plan with its own days
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Komisi C DPRD Kabupaten Sikka melakukan studi banding ke Kota Denpasar, Senin (6/11/2023). Hasilnya "
            "akan diterapkan dalam penataan pasar di Sikka.",
            [("2023-11-06", "2023-11-06")],
        ),
        (
            "Komisi C DPRD Kabupaten Sikka akan melakukan studi banding ke Kota Denpasar pada 20-22 November 2023, "
            "kata Ketua Komisi C, Senin (6/11/2023).",
            [("2023-11-20", "2023-11-22")],
        ),
    ],
)
def test_akan_near_misses(text: str, expected: list[tuple[str, str]]) -> None:
    assert days_of(text) == expected


# ---------------------------------------------------------------- a date that closes a speech attribution
# dates.said_on knew the speech verbs by a sample ("kata", "ujar", "jelas", "tegas", "mengatakan" …); reporters
# close a quote with any verb of saying: "sebut", "tandas", "tukas", "beber", "cetus", "kilah", "timpal" (and
# their -nya forms), "lanjutnya", "harapnya", "pintanya", "ajaknya", "akunya", and "menyatakan", "menyebutkan",
# "memaparkan", "membeberkan", "menandaskan", "mengemukakan", "menekankan", "mengaku".


def _said(text: str) -> bool:
    from diklat_cli.extract import dates

    found = dates.find_dates(text)
    return dates.said_on(text, 0, found[-1].start)


@pytest.mark.parametrize(
    "sentence",
    [
        '"Kami ingin belajar dari daerah lain," tandas Kepala Bappeda di ruang kerjanya, Selasa (26/2/2019).',
        '"Pelayanan harus cepat," sebut Sekda kepada wartawan, Rabu (27/2/2019).',
        '"Semua peserta wajib membuat laporan," lanjutnya di kantornya, Kamis (28/2/2019).',
        "Kepala BPSDM memaparkan capaian pelatihan tahun ini di Makassar, Jumat (1/3/2019).",
        "Camat itu mengaku puas dengan hasil pelatihan, Senin (4/3/2019).",
        '"Inovasi ini murah," bebernya, Selasa (5/3/2019).',
    ],
)
def test_any_verb_of_saying_dates_the_words_not_the_visit(sentence: str) -> None:
    assert _said(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # said while receiving the group: the day of the visit
        '"Selamat datang," tandas Bupati saat menerima rombongan, Selasa (26/2/2019).',
        # going on to the next stop is no speech
        "Rombongan lalu lanjut ke Kota Batu, Rabu (27/2/2019).",
    ],
)
def test_days_that_are_no_speech_attribution(sentence: str) -> None:
    assert not _said(sentence)


# ---------------------------------------------------------------- a day that only opens the trip
# when._OPEN_START read a departure or a "since" by "sejak", "berangkat", "bertolak", "diberangkatkan",
# "dilepas", "tiba di …": a date so told opens a stay whose last day is not given. Reports also fly there
# ("terbang ke/menuju"), move off ("bergerak/meluncur menuju"), take off ("lepas landas") and write "semenjak".


@pytest.mark.parametrize(
    "sentence",
    [
        "Sebanyak 30 peserta PKA Angkatan II Kabupaten Gowa terbang ke Kota Batam, Senin (3/6/2024), untuk studi"
        " lapangan tentang pelayanan perizinan.",
        "Peserta PKP Angkatan IV Kota Palopo bergerak menuju Kabupaten Banyuwangi, Senin (3/6/2024), untuk"
        " benchmarking pelayanan publik.",
        "Peserta PKA Angkatan III Kabupaten Bone meluncur ke Kota Surabaya, Senin (3/6/2024), untuk benchmarking"
        " pelayanan publik.",
        "Peserta PKP Angkatan I Kabupaten Wajo melaksanakan benchmarking di Kota Malang semenjak Senin (3/6/2024).",
    ],
)
def test_a_departure_told_by_any_verb_of_setting_off_leaves_the_last_day_open(sentence: str) -> None:
    assert days_of(sentence) == [("2024-06-03", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the day of the visit itself
        "Peserta PKA Angkatan II Kabupaten Gowa melakukan benchmarking ke Kota Batam, Senin (3/6/2024).",
        # "mulai pukul 09.00": the hour a one-day visit starts, no open stay (not widened to "mulai")
        "Peserta PKA Angkatan II Kabupaten Gowa melakukan benchmarking ke Kota Batam, Senin (3/6/2024), mulai"
        " pukul 09.00 WIB.",
    ],
)
def test_a_visit_day_that_opens_nothing(sentence: str) -> None:
    assert days_of(sentence) == [("2024-06-03", "2024-06-03")]


# ---------------------------------------------------------------- a visit opened at the host
# docs/schema.md, "A day at the host": a day of an opening at the host that begins a stay leaves the last day
# unknown when neither its length nor its last day is told, as a departure day does (when._opened_at_host).


@pytest.mark.parametrize(
    "sentence",
    [
        "TANGERANG - Studi lapangan peserta PKA Angkatan III BPSDM Provinsi Jambi di Kota Tangerang dibuka oleh"
        " Asisten Pemerintahan, Selasa (22/7/2025), di ruang rapat wali kota. Selama di Tangerang, peserta akan"
        " mengunjungi sejumlah perangkat daerah.",
        "Pembukaan Kuliah Kerja Profesi Sespimmen Polri di Polres Kota Batu digelar Selasa (22/7/2025) di aula"
        " polres. Para serdik akan menggali persoalan di wilayah itu selama KKP.",
        "Kepala Bappeda Kabupaten Sleman membuka secara resmi kegiatan benchmarking peserta PKP Angkatan II"
        " Kabupaten Bantul di Kabupaten Sleman, Selasa (22/7/2025), di pendopo kabupaten. Keesokan harinya"
        " peserta belajar di mal pelayanan publik.",
        "SAMARINDA - Rangkaian studi lapangan PKN Tingkat II LAN di Kota Samarinda resmi dibuka Sekda Kota"
        " Samarinda pada Selasa (22/7/2025) di Balai Kota. Peserta dibagi ke beberapa perangkat daerah.",
    ],
)
def test_a_visit_opened_at_the_host_leaves_the_last_day_open(sentence: str) -> None:
    assert days_of(sentence) == [("2025-07-22", None)]


@pytest.mark.parametrize(
    "text, days",
    [
        # a one-day reception: received, not opened
        (
            "TANGERANG - Peserta PKA Angkatan III BPSDM Provinsi Jambi melakukan studi lapangan ke Kota Tangerang"
            " dan diterima Asisten Pemerintahan, Selasa (22/7/2025), di ruang rapat wali kota.",
            ("2025-07-22", "2025-07-22"),
        ),
        # opened at the host with no longer stay told: the day the host received the group
        (
            "CILACAP - Studi lapangan PKP Angkatan V Kabupaten Banyumas di Kabupaten Cilacap dibuka Asisten"
            " Administrasi, Selasa (22/7/2025), di ruang rapat bupati. Cilacap dipilih karena inovasinya.",
            ("2025-07-22", "2025-07-22"),
        ),
        # opened and told done within the day
        (
            "Studi tiru DPRD Kabupaten Kendal ke Kabupaten Batang dibuka Sekda Batang, Selasa (22/7/2025), di aula"
            " setda. Usai meninjau mal pelayanan publik, rombongan kembali ke Kendal pada hari yang sama.",
            ("2025-07-22", "2025-07-22"),
        ),
        # opened, with its last day told
        (
            "Studi lapangan PKA Angkatan III Provinsi Jambi di Kota Tangerang dibuka Sekda, Selasa (22/7/2025), dan"
            " berakhir Kamis (24/7/2025).",
            ("2025-07-22", "2025-07-24"),
        ),
        # a figurative opening, and a place "yang baru dibuka"
        (
            "Peserta PKP Angkatan II Kabupaten Bantul melakukan benchmarking ke Kabupaten Sleman, Selasa"
            " (22/7/2025), untuk membuka wawasan tentang pelayanan publik.",
            ("2025-07-22", "2025-07-22"),
        ),
        (
            "Rombongan DPRD Kabupaten Kendal studi banding ke Kabupaten Batang, Selasa (22/7/2025), dan singgah di"
            " mal pelayanan publik yang baru dibuka.",
            ("2025-07-22", "2025-07-22"),
        ),
    ],
)
def test_a_day_at_the_host_that_opens_no_stay(text: str, days: tuple) -> None:
    assert days_of(text) == [days]


# The trainees handed over to their host begin a stay, as an opening does, whether or not the report tells more of
# it (when._handed_over); a gift handed over, or the trainees handed back, begins none.


@pytest.mark.parametrize(
    "sentence",
    [
        "MANADO - Peserta PKA Angkatan IV BPSDM Provinsi Gorontalo melaksanakan studi lapangan di Kota Manado."
        " Kepala BPSDM hadir dalam acara penyerahan peserta studi lapangan di ruang rapat wali kota, Rabu"
        " (23/7/2025).",
        "KERINCI - Siswa Diktuk Bintara SPN Polda Jambi melaksanakan latihan kerja di Polres Kerinci. Kepala SPN"
        " menyerahkan para siswanya kepada Kapolres Kerinci, Rabu (23/7/2025).",
        "MAKASSAR - Peserta PKP Kabupaten Luwu melaksanakan benchmarking ke Kota Makassar. Serah terima peserta"
        " benchmarking kepada Pemkot Makassar digelar Rabu (23/7/2025) di balai kota.",
    ],
)
def test_trainees_handed_over_to_their_host_leave_the_last_day_open(sentence: str) -> None:
    assert days_of(sentence) == [("2025-07-23", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "MANADO - Peserta PKA Angkatan IV BPSDM Provinsi Gorontalo melaksanakan studi lapangan di Kota Manado."
        " Kepala BPSDM menyerahkan cenderamata kepada Sekda Kota Manado, Rabu (23/7/2025).",
        "MANADO - Peserta PKA Angkatan IV BPSDM Provinsi Gorontalo melaksanakan studi lapangan di Kota Manado."
        " Sekda menerima penyerahan kembali peserta dari BPSDM, Rabu (23/7/2025).",
    ],
)
def test_a_hand_over_of_no_trainees_begins_no_stay(sentence: str) -> None:
    assert days_of(sentence) == [("2025-07-23", "2025-07-23")]


# A stay told as ended on its day ("resmi berakhir … Kamis (6/11)", "menjadi saksi berakhirnya …"): that day is the
# last day, the first the day it ran "since" or unknown (when._ends_the_stay); a span told with its beginning, a
# course that ended and "berakhir pekan" are no such day.


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "KENDARI - Sepuluh ASN Pemkab Buton belajar tata kelola data di Dinas Kominfo Kota Kendari. Magang itu"
            " resmi berakhir dengan penjemputan para ASN oleh Pemkab Buton, Rabu (23/7/2025).",
            (None, "2025-07-23"),
        ),
        (
            "BLORA - Rabu pagi (23/7/2025), pendopo Kabupaten Blora menjadi saksi berakhirnya praktik lapangan para"
            " praja IPDN di Kabupaten Blora.",
            (None, "2025-07-23"),
        ),
        (
            "SEMARANG - Studi lapangan peserta PKN Tingkat II LAN di Kota Semarang berakhir secara resmi pada Rabu"
            " (23/7/2025). Studi lapangan itu sudah berjalan sejak 20 Juli 2025.",
            ("2025-07-20", "2025-07-23"),
        ),
    ],
)
def test_a_stay_told_as_ended_on_its_day(text: str, days: tuple) -> None:
    assert days_of(text) == [days]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a span told with its beginning
        (
            "Studi tiru DPRD Kabupaten Kendal ke Kabupaten Batang dimulai Senin (21/7/2025) dan berakhir Rabu"
            " (23/7/2025).",
            ("2025-07-21", "2025-07-23"),
        ),
        # the weekend spent there, no end told
        (
            "Rombongan DPRD Kabupaten Kendal studi banding ke Kabupaten Batang, Rabu (23/7/2025), sekaligus berakhir"
            " pekan di sana.",
            ("2025-07-23", "2025-07-23"),
        ),
    ],
)
def test_an_end_that_tells_no_stay_ended(text: str, days: tuple) -> None:
    assert days_of(text) == [days]


# ---------------------------------------------------------------- a departure told apart from the day
# docs/schema.md, "A departure day only": a send-off or departure day is the first day and the last is unknown unless
# told. Reports write the day in one sentence and the going in another: a caption of the send-off that writes the
# same day, or the sentence after, which writes no day of its own and points back to it (when._departure_told_apart).


@pytest.mark.parametrize(
    "text",
    [
        "Foto: Bupati Gowa melepas rombongan PKA Angkatan II ke Kota Batam, Senin (3/6/2024).\n\nGOWA - Kepala BKPSDM"
        " Kabupaten Gowa membenarkan studi lapangan 30 peserta PKA Angkatan II ke Kota Batam pada Senin (3/6/2024).",
        "Senin (3/6/2024) menjadi hari yang dinanti peserta PKP Angkatan IV Kota Palopo. Pada hari itu mereka"
        " berangkat menuju Kabupaten Banyuwangi untuk benchmarking pelayanan publik.",
        "Senin (3/6/2024) pagi, halaman kantor Bupati Bone ramai oleh peserta PKA Angkatan III Kabupaten Bone. Pagi"
        " itu mereka dilepas Sekda Bone untuk studi lapangan ke Kota Surabaya.",
        "Rombongan DPRD Kabupaten Sinjai studi tiru ke Kabupaten Badung, Senin (3/6/2024). Keberangkatan rombongan"
        " pada Senin (3/6/2024) itu dilepas Ketua DPRD Sinjai di halaman gedung dewan.",
    ],
)
def test_a_departure_told_apart_from_its_day_leaves_the_last_day_open(text: str) -> None:
    assert days_of(text) == [("2024-06-03", None)]


@pytest.mark.parametrize(
    "text, days",
    [
        # received at the host that day, the departure told as before it
        (
            "Rombongan PKA Angkatan II Kabupaten Gowa diterima Wali Kota Batam, Senin (3/6/2024). Sebelumnya, mereka"
            " bertolak dari Makassar.",
            ("2024-06-03", "2024-06-03"),
        ),
        # a send-off of a trip told done the same day
        (
            "Foto: Bupati Gowa melepas rombongan PKA Angkatan II ke Kota Makassar, Senin (3/6/2024).\n\nGOWA - Peserta"
            " PKA Angkatan II Kabupaten Gowa melaksanakan studi lapangan ke Kota Makassar pada Senin (3/6/2024)."
            " Rombongan kembali ke Sungguminasa pada hari yang sama.",
            ("2024-06-03", "2024-06-03"),
        ),
        # a departure told beside a return day
        (
            "Peserta PKP Angkatan IV Kota Palopo melakukan benchmarking ke Kabupaten Banyuwangi, Senin (3/6/2024). Pada"
            " hari itu mereka berangkat dari Makassar dan dijadwalkan kembali Rabu (5/6/2024).",
            ("2024-06-03", "2024-06-05"),
        ),
        # the next sentence names who was sent and points back to no day
        (
            "Kepala Diskominfo Kabupaten Wajo membenarkan studi banding ke Kota Makassar pada Senin (3/6/2024)."
            " Pemkab Wajo ikut memberangkatkan para kepala desa dan lurah.",
            ("2024-06-03", "2024-06-03"),
        ),
        # a one-day visit, no departure told
        (
            "Peserta PKP Angkatan IV Kota Palopo melakukan benchmarking ke Kabupaten Banyuwangi, Senin (3/6/2024)."
            " Mereka mempelajari mal pelayanan publik.",
            ("2024-06-03", "2024-06-03"),
        ),
    ],
)
def test_a_day_with_its_departure_told_apart_that_stays_one_day(text: str, days: tuple) -> None:
    assert days_of(text) == [days]


# ---------------------------------------------------------------- a date told of another event
# dates.other_event knew a date as an innovation's or office's start by "diluncurkan", "diresmikan",
# "dicanangkan", "ditetapkan" …; a thing begun is also "disahkan", "ditandatangani", "diterbitkan",
# "dikukuhkan", "diberlakukan", "dilaunching", told actively ("meluncurkan … pada"), or "dibuka secara resmi".


def _other_event(text: str) -> bool:
    from diklat_cli.extract import dates

    return dates.other_event(text, dates.find_dates(text)[-1].start)


@pytest.mark.parametrize(
    "sentence",
    [
        "Perda itu disahkan pada 12 Januari 2023 oleh DPRD.",
        "Nota kesepahaman ditandatangani pada Senin, 6 Maret 2023.",
        "Aplikasi itu dilaunching 17 Agustus 2021 oleh bupati.",
        "Peraturan bupati itu diberlakukan sejak 1 Juli 2022.",
        "Pelatihan itu dibuka secara resmi pada 2 Agustus 2023.",
        "Mal pelayanan publik itu dikukuhkan pada 5 Mei 2022.",
    ],
)
def test_a_date_of_a_thing_begun_is_no_visit_day(sentence: str) -> None:
    assert _other_event(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rombongan diterima di aula kantor bupati pada Senin, 6 Maret 2023.",
        "Peserta melakukan benchmarking ke Kota Batu pada 2 Agustus 2023.",
    ],
)
def test_a_visit_day_is_no_other_event(sentence: str) -> None:
    assert not _other_event(sentence)


# a rule in force since a day, told intransitively ("berlaku"), and the place it is in force told between
@pytest.mark.parametrize(
    "sentence",
    [
        "Tarif parkir baru itu berlaku sejak 1 Maret 2023.",
        "Aturan jam kerja itu mulai berlaku pada 2 Januari 2024.",
        "Tarif retribusi sampah yang berlaku di Kota Bukittinggi sejak 1 Juli 2022 dipelajari rombongan.",
        "Layanan itu diluncurkan di Kabupaten Sleman pada 17 Agustus 2021.",
    ],
)
def test_a_rule_in_force_since_a_day_is_no_visit_day(sentence: str) -> None:
    assert _other_event(sentence)


# a weekday told as past: "Kamis lalu", "Selasa kemarin", and "Rabu silam" (ago), "Senin yang lalu"


@pytest.mark.parametrize(
    "sentence",
    [
        "Rombongan mendatangi Kantor Wali Kota Padang pada Kamis silam.",
        "Rombongan mendatangi Kantor Wali Kota Padang pada Senin yang lalu.",
        "Rombongan mendatangi Kantor Wali Kota Padang, Rabu silam, untuk belajar.",
        "Rombongan mendatangi Kantor Wali Kota Padang pada Selasa yang lalu untuk belajar.",
    ],
)
def test_a_weekday_told_as_past_by_any_word_of_ago(sentence: str) -> None:
    from diklat_cli.extract import dates

    assert len(dates.past_weekdays(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Rombongan akan mendatangi Kantor Wali Kota Padang pada Kamis depan.",
        "Hari Minggu silih berganti pengunjung datang ke pasar.",
    ],
)
def test_a_weekday_not_told_as_past(sentence: str) -> None:
    from diklat_cli.extract import dates

    assert dates.past_weekdays(sentence) == []


# ---------------------------------------------------------------- a trip planned for a time not yet fixed
# when._LATER_TRIP knew a plan by "dalam waktu dekat", "rencananya", "direncanakan", "berencana", "bakal": the
# only day written is the one the plan was told on. A plan is also "merencanakan", "rencana", "dijadwalkan",
# "segera", or set for "tahun/bulan/pekan depan" or the coming months ("mendatang").


@pytest.mark.parametrize(
    "sentence",
    [
        '"Kami merencanakan studi tiru ke Kabupaten Banyuwangi," kata Camat Tanete Riattang, Senin (3/6/2024).',
        '"Kami segera studi banding ke Kabupaten Badung," kata Kepala Desa Bontoa, Senin (3/6/2024).',
        '"Tahun depan kami studi banding ke Kabupaten Badung," kata Kepala Desa Bontoa, Senin (3/6/2024).',
        '"Kami studi banding ke Kabupaten Badung bulan depan," ujar Ketua Komisi I DPRD Maros, Senin (3/6/2024).',
    ],
)
def test_a_planned_trip_takes_no_day_from_the_words_that_announce_it(sentence: str) -> None:
    assert days_of(sentence) == [(None, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        # a trip made, dated where it was told
        '"Kami studi tiru ke Kabupaten Banyuwangi untuk belajar," kata Camat Tanete Riattang, Senin (3/6/2024).',
        # a planned trip with its own day
        "Peserta PKA Angkatan II Kabupaten Gowa dijadwalkan benchmarking ke Kota Batam pada Senin (3/6/2024).",
    ],
)
def test_a_trip_dated_by_its_own_day(sentence: str) -> None:
    assert days_of(sentence) == [("2024-06-03", "2024-06-03")]


# ---------------------------------------------------------------- the first and the last day of a series
# when._SERIES_START read the opening day of a stay of several days as "hari pertama" or "awal rangkaian", and
# _SERIES_END its closing day as "hari terakhir"; reporters also write "hari perdana", "hari pembuka",
# "mengawali/membuka rangkaian", and "hari penutup", "hari pamungkas".

_TRIP = "peserta PKA Angkatan II Kabupaten Gowa studi lapangan ke Kota Batam."


@pytest.mark.parametrize(
    "opening", ["Hari perdana", "Hari pembuka", "Mengawali rangkaian kegiatan", "Membuka rangkaian"]
)
def test_the_first_day_of_a_series_in_any_words(opening: str) -> None:
    assert days_of(f"{opening}, Senin (3/6/2024), {_TRIP}") == [("2024-06-03", None)]


@pytest.mark.parametrize("closing", ["hari penutup", "hari pamungkas"])
def test_the_last_day_of_a_series_in_any_words(closing: str) -> None:
    text = f"Peserta {_TRIP[8:]} Pada {closing} kunjungan, Jumat (7/6/2024), peserta belajar di Dinas Pariwisata."
    assert days_of(text) == [(None, "2024-06-07")]


@pytest.mark.parametrize(
    "opening",
    ["Pada hari itu", "Hari Senin"],
)
def test_a_day_that_opens_no_series(opening: str) -> None:
    assert days_of(f"{opening}, Senin (3/6/2024), {_TRIP}") == [("2024-06-03", "2024-06-03")]


# ---------------------------------------------------------------- 1. a range across a month end joined by a hyphen
# Reports write a stay that crosses a month end as two dates joined by a dash, spaced or not ("31 Mei-6 Juni
# 2015", "21 Maret – 25 Maret 2022", "29 Juli–4 September 2025"): the bare hyphen between a month's name and
# the next day joins a range as the spaced dash does.
@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "SERANG - Peserta Latsar CPNS Kota Cilegon studi lapangan ke Kabupaten Serang pada 30 Juni-2 Juli "
            "2023. Kegiatan diikuti 35 peserta.",
            "2023-06-30",
            "2023-07-02",
        ),
        (
            "DENPASAR - Sebanyak 20 anggota DPRD Kabupaten Sikka studi banding ke DPRD Kota Denpasar, "
            "28 Februari-2 Maret 2024.",
            "2024-02-28",
            "2024-03-02",
        ),
        (
            "Rombongan camat Kabupaten Karo melaksanakan studi tiru ke Kabupaten Badung sejak 30 "
            "November-3 Desember 2022 lalu.",
            "2022-11-30",
            "2022-12-03",
        ),
        (
            "PALU - Peserta PKA Angkatan II BPSDM Provinsi Sulawesi Tengah belajar ke Kota Palu, "
            "31 Jan-2 Feb 2023, dengan 40 peserta.",
            "2023-01-31",
            "2023-02-02",
        ),
    ],
)
def test_hyphen_joins_a_range_across_a_month_end(text: str, start: str, end: str) -> None:
    assert (start, end) in days_of(text)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("pada 30 Juni-2 Juli 2023.", (30, 6, None), (2, 7, 2023)),
        ("(dari tanggal 28 Feb-1 Mar 2023)", (28, 2, None), (1, 3, 2023)),
    ],
)
def test_hyphen_range_read_as_one_mention(text, first, last) -> None:
    (d,) = dates.find_dates(text)
    assert (d.first.day, d.first.month, d.first.year) == first
    assert (d.last.day, d.last.month, d.last.year) == last


# near misses: a hyphen after a word that is no month, or before a number that is no day of a month
@pytest.mark.parametrize("text", ["pandemi Covid-19 Maret 2020 lalu", "sejak 12 Juli-15 peserta hadir"])
def test_hyphen_not_a_range(text: str) -> None:
    assert all(d.first == d.last for d in dates.find_dates(text))
    assert not any(d.first.day == 19 for d in dates.find_dates(text))


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


# ---------------------------------------------------------------- sub-groups that left on different days


def test_each_komisi_keeps_the_day_said_of_it_in_another_sentence() -> None:
    # the days are told of the groups by their names, apart from the sentence naming their places
    found = visits_of(
        "BANGKALAN - DPRD Bangkalan melakukan kunjungan kerja ke luar daerah. Komisi A dan B ke Bali, sedangkan "
        "Komisi C ke Kota Palembang. “Komisi A dan B sudah berangkat sejak Senin (3/6/2024), Komisi C baru "
        "berangkat Selasa (4/6/2024),” kata Sekretaris DPRD.",
    )
    assert {v.destination.province: v.start_date for v in found} == {
        "Bali": D(2024, 6, 3),
        "Sumatera Selatan": D(2024, 6, 4),
    }


def test_the_other_komisi_take_the_day_said_of_the_others() -> None:
    # "komisi lainnya": the groups not given a day of their own
    found = visits_of(
        "LAMONGAN - DPRD Kabupaten Lamongan melakukan kunjungan kerja untuk belajar pengelolaan pasar. Komisi I "
        "ke Kota Batu dan Komisi II ke Kabupaten Jember. Komisi II berangkat lebih dulu pada Senin (3/6/2024), "
        "sedangkan komisi lainnya baru berangkat Rabu (5/6/2024).",
    )
    assert {v.destination.regency: v.start_date for v in found} == {
        "Kabupaten Jember": D(2024, 6, 3),
        "Kota Batu": D(2024, 6, 5),
    }


# ---------------------------------------------------------------- an itinerary told day by day


def test_an_itinerary_by_numbered_days_gives_each_stop_its_day() -> None:
    # "Hari pertama … Hari kedua …" counts from the first day of the trip's span
    found = visits_of(
        "SOLO - Peserta PKA Angkatan V BPSDM Provinsi Jambi melaksanakan studi lapangan di Jawa Tengah pada 3-4 "
        "Juni 2024. Hari pertama, peserta belajar di Pemerintah Kota Surakarta. Hari kedua, peserta mengunjungi "
        "Pemerintah Kabupaten Sragen.",
    )
    assert {v.destination.regency: (v.start_date, v.end_date) for v in found} == {
        "Kota Surakarta": (D(2024, 6, 3), D(2024, 6, 3)),
        "Kabupaten Sragen": (D(2024, 6, 4), D(2024, 6, 4)),
    }


def test_an_itinerary_with_the_day_number_after_the_stop() -> None:
    found = visits_of(
        "SOLO - Peserta PKP Angkatan II Kabupaten Kudus melaksanakan studi lapangan selama tiga hari, 10-12 "
        "Juni 2024. Rombongan mengunjungi Pemerintah Kota Surakarta pada hari pertama, lalu ke Pemerintah Kabupaten "
        "Klaten pada hari ke-3.",
    )
    assert {v.destination.regency: (v.start_date, v.end_date) for v in found} == {
        "Kota Surakarta": (D(2024, 6, 10), D(2024, 6, 10)),
        "Kabupaten Klaten": (D(2024, 6, 12), D(2024, 6, 12)),
    }


# ---------------------------------------------------------------- the dateline's city is where the reporter files


def test_the_dateline_city_beside_the_trips_days_does_not_take_them_from_the_other_stops() -> None:
    # "MAKASSAR - … 3-6 Juni 2024": the dateline opens the sentence of the days; every stop shares them
    found = visits_of(
        "MAKASSAR - Peserta PKN Tingkat II Angkatan X LAN melaksanakan visitasi, 3-6 Juni 2024. Lokasi visitasi "
        "antara lain Pemerintah Kota Makassar serta Pemerintah Kabupaten Gowa.",
    )
    assert {v.destination.regency: (v.start_date, v.end_date) for v in found} == {
        "Kota Makassar": (D(2024, 6, 3), D(2024, 6, 6)),
        "Kabupaten Gowa": (D(2024, 6, 3), D(2024, 6, 6)),
    }


def test_the_dateline_city_as_a_later_stop_of_an_itinerary() -> None:
    found = visits_of(
        "SLEMAN, kabarjogja.id - Rombongan DPRD Kabupaten Pati melaksanakan studi banding pada Senin-Selasa "
        "(3-4/6/2024). Rombongan mengunjungi Pemerintah Kota Yogyakarta, kemudian melanjutkan kunjungan ke "
        "Pemerintah Kabupaten Sleman.",
    )
    assert {v.destination.regency: (v.start_date, v.end_date) for v in found} == {
        "Kota Yogyakarta": (D(2024, 6, 3), D(2024, 6, 4)),
        "Kabupaten Sleman": (D(2024, 6, 3), D(2024, 6, 4)),
    }


def test_the_next_stop_after_kemudian_with_its_own_day() -> None:
    found = visits_of(
        "SOLO - Peserta PKP Angkatan II Kabupaten Kudus melaksanakan studi lapangan ke Kota Surakarta pada Senin "
        "(10/6/2024), kemudian Kabupaten Klaten pada Selasa (11/6/2024).",
    )
    assert {v.destination.regency: v.start_date for v in found} == {
        "Kota Surakarta": D(2024, 6, 10),
        "Kabupaten Klaten": D(2024, 6, 11),
    }
    # a head of region after "lalu" is a speaker, not a stop
    spoken = visits_of(
        "SOLO - Peserta PKP Angkatan II Kabupaten Kudus melaksanakan studi lapangan ke Kota Surakarta pada Senin "
        "(10/6/2024), lalu Bupati Klaten memberi sambutan.",
    )
    assert [v.destination.regency for v in spoken] == ["Kota Surakarta"]


def test_each_stop_opening_its_sentence_with_ke_and_a_day() -> None:
    found = visits_of(
        "SOLO - Rombongan DPRD Kabupaten Pati melakukan kunjungan kerja untuk belajar soal pasar.",
        "Ke Kota Surakarta, rombongan datang pada Senin (3/6/2024). Ke Kabupaten Sukoharjo, mereka datang "
        "sehari kemudian, Selasa (4/6/2024).",
    )
    assert {v.destination.regency: v.start_date for v in found} == {
        "Kota Surakarta": D(2024, 6, 3),
        "Kabupaten Sukoharjo": D(2024, 6, 4),
    }


def test_visitors_listed_each_with_its_own_day() -> None:
    # "dari A pada Senin …, lalu dari B pada Rabu …": each visitor keeps the day written with it
    found = visits_of(
        "SLEMAN - Dinas Pariwisata Kabupaten Sleman menerima kunjungan studi banding dari Pemkab Purworejo pada "
        "Senin (3/6/2024), lalu dari Pemkab Wonosobo pada Rabu (5/6/2024).",
    )
    assert {v.origin.regency: v.start_date for v in found} == {
        "Kabupaten Purworejo": D(2024, 6, 3),
        "Kabupaten Wonosobo": D(2024, 6, 5),
    }


def test_visitors_listed_each_with_its_day_in_brackets() -> None:
    found = visits_of(
        "SLEMAN - Dinas Pariwisata Kabupaten Sleman menerima kunjungan studi banding dari DPRD Kabupaten "
        "Purworejo (Senin, 3/6/2024) dan dari DPRD Kota Magelang (Rabu, 5/6/2024).",
    )
    assert {v.origin.regency: v.start_date for v in found} == {
        "Kabupaten Purworejo": D(2024, 6, 3),
        "Kota Magelang": D(2024, 6, 5),
    }


# docs/schema.md, "one group, several places": a place's own days replace the trip's span there; a stop of an
# itinerary told day by day that is given no day of its own keeps the trip's span (which of its days is not said)
@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "BONTANG - Selama tiga hari, 3-5 Juni 2024, Komisi I DPRD Kabupaten Sukoharjo melakukan kunjungan kerja "
            "ke Kalimantan Timur. Tujuan kunjungan antara lain Pemkot Bontang, Pemkot Samarinda dan Pemkab Kutai "
            "Kartanegara. Pada hari pertama, rombongan mendatangi Kantor Walikota Bontang.",
            {
                "Kota Bontang": (D(2024, 6, 3), D(2024, 6, 3)),
                "Kota Samarinda": (D(2024, 6, 3), D(2024, 6, 5)),
                "Kabupaten Kutai Kartanegara": (D(2024, 6, 3), D(2024, 6, 5)),
            },
        ),
        (
            "SOLO - Peserta PKA Angkatan V BPSDM Provinsi Jambi melaksanakan studi lapangan pada 3-5 Juni 2024 ke "
            "Kota Surakarta dan Kabupaten Sragen. Pada hari kedua, peserta belajar di Pemerintah Kabupaten Sragen.",
            {
                "Kota Surakarta": (D(2024, 6, 3), D(2024, 6, 5)),
                "Kabupaten Sragen": (D(2024, 6, 4), D(2024, 6, 4)),
            },
        ),
        (
            "Rombongan DPRD Kabupaten Sragen melaksanakan studi banding selama tiga hari, 9-11 Oktober 2024. Hari "
            "pertama, rombongan berkunjung ke Kota Balikpapan. Hari kedua, rombongan bergeser ke Kota Samarinda. "
            "Rombongan juga mengunjungi Kabupaten Berau.",
            {
                "Kota Balikpapan": (D(2024, 10, 9), D(2024, 10, 9)),
                "Kota Samarinda": (D(2024, 10, 10), D(2024, 10, 10)),
                "Kabupaten Berau": (D(2024, 10, 9), D(2024, 10, 11)),
            },
        ),
    ],
)
def test_an_itinerarys_stop_given_no_day_keeps_the_trips_span(text: str, days: dict) -> None:
    assert {v.destination.regency: (v.start_date, v.end_date) for v in visits_of(text)} == days


def test_the_next_group_to_the_same_place_told_with_rombongan_berikutnya() -> None:
    found = visits_of(
        "SLEMAN - Sebanyak 40 kepala desa Kabupaten Kebumen studi banding ke Kabupaten Sleman, Senin (3/6/2024). "
        "Rombongan berikutnya, dengan tujuan yang sama, dijadwalkan berangkat pada Senin (10/6/2024).",
    )
    assert sorted(v.start_date for v in found) == [D(2024, 6, 3), D(2024, 6, 10)]
    assert {v.destination.regency for v in found} == {"Kabupaten Sleman"}


def test_groups_told_in_their_own_sentences_keep_their_own_days() -> None:
    found = visits_of(
        "SOLOK - Pemerintah Kota Solok menerima peserta PKA Angkatan I Kabupaten Pesisir Selatan pada Senin (2/9/2024)."
        " Dua hari kemudian, giliran peserta PKP Angkatan III Kabupaten Sijunjung yang datang, Rabu (4/9/2024)."
    )
    got = sorted((v.program, str(v.start_date)) for v in found)
    assert got == [("PKA", "2024-09-02"), ("PKP", "2024-09-04")]


# The last day told after the first, by the group's return or the stay's end, closes the visit
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "BATU - Sebanyak 30 peserta PKA Angkatan IV Kabupaten Sleman melaksanakan studi lapangan di Kota Batu. "
            "Kegiatan dimulai Senin (3/7/2023) di Dinas Pariwisata. Rombongan kembali ke Sleman pada Kamis (6/7/2023).",
            ("2023-07-03", "2023-07-06"),
        ),
        (
            "SEMARANG - Peserta Latsar CPNS Kabupaten Karanganyar tiba di Kota Semarang pada Selasa (10/10/2023) untuk"
            " studi lapangan. Studi lapangan berakhir pada Kamis (12/10/2023).",
            ("2023-10-10", "2023-10-12"),
        ),
        (
            "BADUNG - Pemerintah Kabupaten Badung menerima studi tiru Pemerintah Kabupaten Lombok Timur, Senin "
            "(23/10/2023). Kunjungan dijadwalkan berlangsung hingga Rabu (25/10/2023).",
            ("2023-10-23", "2023-10-25"),
        ),
        (
            "MATARAM - Dua belas anggota Komisi I DPRD Kabupaten Sumbawa studi banding ke DPRD Kota Mataram. Mereka "
            "berangkat Selasa (5/3/2024) dan rencananya pulang Jumat mendatang.",
            ("2024-03-05", "2024-03-08"),
        ),
    ],
)
def test_the_return_or_end_day_told_later_closes_the_visit(text: str, want: tuple[str, str]) -> None:
    assert days_of(text) == [want]


def test_weekdays_of_opening_hours_and_an_arrival_do_not_close_the_visit() -> None:
    # "Senin hingga Jumat" tells when an office opens; "sampai di" is an arrival, not the last day
    assert days_of(
        "KUDUS - Peserta PKP Kabupaten Demak studi lapangan ke Mal Pelayanan Publik Kabupaten Kudus, Rabu "
        "(6/3/2024). MPP Kudus melayani warga Senin hingga Jumat."
    ) == [("2024-03-06", "2024-03-06")]
    assert (
        days_of(
            "BLITAR - Rombongan studi banding DPRD Kabupaten Kediri bertolak Senin (4/3/2024) pagi dan sampai di "
            "Kota Blitar pada Selasa (5/3/2024). Mereka diterima Sekretaris Daerah Kota Blitar."
        )[0][1]
        != "2024-03-05"
    )


def test_the_end_of_the_training_or_a_visit_again_does_not_close_the_trip() -> None:
    assert days_of(
        "PATI - Peserta PKP Angkatan II Kabupaten Rembang studi lapangan ke Kabupaten Pati, Senin (3/6/2024). "
        "Pelatihan ini berlangsung hingga Jumat (14/6/2024) di kampus BKPSDM."
    ) == [("2024-06-03", "2024-06-03")]
    assert days_of(
        "PATI - Komisi B DPRD Kabupaten Rembang studi banding ke Kabupaten Pati, Senin (3/6/2024). Rombongan "
        "berjanji kembali lagi pada Senin (10/6/2024) untuk membahas kerja sama."
    ) == [("2024-06-03", "2024-06-03")]


def test_a_tally_as_of_a_later_day_does_not_close_the_trip() -> None:
    assert days_of(
        "BADUNG - Komisi I DPRD Kabupaten Jembrana studi banding ke Mal Pelayanan Publik Kabupaten Badung, Rabu "
        "(5/6/2024). Hingga Senin (10/6/2024), tercatat 15 daerah sudah belajar ke MPP Badung."
    ) == [("2024-06-05", "2024-06-05")]


# The next day told relatively to the visit's written day ("besok", "esok harinya", "keesokan harinya") in a
# sentence that tells the group's going on: the visit runs into that day (kq-25 distriknews, kh-20 antara,
# kl-16 sumeks, lz-04 kabargrafika write the shape).
@pytest.mark.parametrize(
    "later",
    [
        '"Besok rombongan akan studi banding ke Desa Sukamaju," ujarnya.',
        "Keesokan harinya, rombongan mengunjungi Kantor Camat Sukamaju.",
        "Esok harinya para peserta melanjutkan kunjungan ke bank sampah desa setempat.",
        '"Rencananya besok mereka berkunjung ke Pasar Desa Sukamaju," kata Kepala Desa.',
    ],
)
def test_the_next_day_told_as_besok_ends_the_visit_a_day_later(later: str) -> None:
    text = (
        "KUTAI - Pemerintah Kabupaten Kutai menerima kunjungan studi tiru rombongan PKK Desa Mekarsari, Kabupaten "
        "Garut, di Pendopo Bupati, Senin (3/6/2024). " + later
    )
    assert days_of(text) == [("2024-06-03", "2024-06-04")]


@pytest.mark.parametrize(
    "later",
    [
        # "besok" of a day written with it: the day is that one
        "Rombongan berikutnya datang Rabu (5/6/2024) besok untuk rapat evaluasi.",
        # "besok" of no trip: a meeting at home
        '"Besok kami rapat evaluasi anggaran," ujarnya.',
    ],
)
def test_besok_of_another_thing_or_with_its_own_day_leaves_the_one_day(later: str) -> None:
    text = (
        "KUTAI - Pemerintah Kabupaten Kutai menerima kunjungan studi tiru rombongan PKK Desa Mekarsari, Kabupaten "
        "Garut, di Pendopo Bupati, Senin (3/6/2024). " + later
    )
    assert days_of(text) == [("2024-06-03", "2024-06-03")]


@pytest.mark.parametrize(
    ("course", "trip", "want"),
    [
        # the course's period first, the trip's own days after: the trip's
        (
            "Pelatihan yang berlangsung mulai 3 hingga 21 Juni 2024 itu diikuti 30 camat.",
            "Sebagai bagian dari pelatihan, peserta melakukan studi lapangan ke Kota Malang pada 10-12 Juni 2024.",
            ("2024-06-10", "2024-06-12"),
        ),
        (
            "Diklat ini dilaksanakan sejak 2 sampai 20 September 2024 di Kampus BPSDM.",
            "Para peserta kemudian benchmarking ke Pemerintah Kabupaten Badung, Rabu (11/9/2024).",
            ("2024-09-11", "2024-09-11"),
        ),
        # the trip given no day of its own: no day of the course is its day
        (
            "Kursus berjalan dari 4 hingga 22 November 2024 di Jakarta.",
            "Peserta juga dijadwalkan studi lapangan ke Kota Batam.",
            (None, None),
        ),
        (
            "Bimtek digelar lima hari, 14-18 Oktober 2024, dan resmi dibuka Senin (14/10/2024).",
            "Untuk melihat praktiknya, peserta melakukan kunjungan lapang ke Kabupaten Sleman.",
            (None, None),
        ),
    ],
)
def test_a_course_period_told_before_the_trip_is_the_courses(course: str, trip: str, want: tuple) -> None:
    text = (
        "SURABAYA - Badan Pengembangan SDM Provinsi Jawa Timur menggelar pelatihan bagi 30 camat. "
        + course
        + " "
        + trip
    )
    assert days_of(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        # a report of the trip that names its course after it: the course's days are the trip's
        "MALANG - Rombongan peserta PKN Tingkat II Angkatan V melaksanakan visitasi ke Pemerintah Kota Malang."
        " Pelatihan ini berlangsung empat hari, mulai 10 hingga 13 Juni 2024.",
        # the period told with the trip itself
        "SURABAYA - Peserta Pelatihan Kepemimpinan Administrator menjalani studi lapangan ke Kota Malang yang"
        " berlangsung 10 hingga 13 Juni 2024.",
    ],
)
def test_a_course_period_told_with_or_after_the_trip_dates_it(text: str) -> None:
    assert days_of(text) == [("2024-06-10", "2024-06-13")]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "SLEMAN - Gedung DPRD Sleman sepi, Kamis (6/6/2024). Menurut Sekretaris DPRD, seluruh anggota dewan sedang"
            " kunjungan kerja ke Kabupaten Badung. Rombongan berangkat sejak Selasa (4/6/2024) siang.",
            "2024-06-04",
        ),
        (
            "Kantor Bappeda Bantul tampak lengang pada Jumat (14/6/2024). Sebanyak 20 pegawai Bappeda sedang studi"
            " banding ke Kota Surabaya. Mereka bertolak pada Rabu (12/6/2024) pagi.",
            "2024-06-12",
        ),
        (
            "KLATEN - Ruang komisi DPRD Klaten kosong, Rabu (10/7/2024). Komisi A sedang studi banding ke Kota Malang."
            " Rombongan diberangkatkan Senin (8/7/2024) dari halaman kantor dewan.",
            "2024-07-08",
        ),
        (
            "Suasana kantor Dinas Pariwisata Kulon Progo sunyi, Selasa (13/8/2024). Para kepala bidang sedang studi"
            " banding ke Kabupaten Badung setelah dilepas Bupati pada Minggu (11/8/2024).",
            "2024-08-11",
        ),
    ],
)
def test_a_departure_day_told_after_a_later_day_is_the_first(text, start):
    # a report written while the group is away: the day it set out is the first, the last not told
    assert days_of(text) == [(start, None)]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # the course began earlier ("sejak" alone): the trip's own day stands
        (
            "Peserta Bimtek Kabupaten Bantul melakukan studi banding ke Kabupaten Badung, Kamis (6/6/2024). Bimtek"
            " itu sudah dimulai sejak Selasa (4/6/2024).",
            [("2024-06-06", "2024-06-06")],
        ),
        # a departure a year before is another trip's: a record of its own (docs/schema.md, a trip made before the
        # one reported), departing that day, not the first day of this one
        (
            "Rombongan DPRD Sleman studi banding ke Kabupaten Badung, Kamis (6/6/2024). Tahun lalu mereka berangkat"
            " pada Selasa (6/6/2023) ke Kota Malang.",
            [("2024-06-06", "2024-06-06"), ("2023-06-06", None)],
        ),
    ],
)
def test_a_day_with_no_departure_before_it_stands(text, days):
    assert days_of(text) == days


# ---------------------------------------------------------------- a statement made away from the visit
# docs/schema.md, "The day of a statement": words said on the phone, in the speaker's office or in a press
# release are dated by the day they were said, which tells nothing of the trip's days (kk-02 lampost "ketika
# ditemui … di ruang kerjanya", kb-10 kompas "ujarnya dalam siaran pers", mh-02 padek "saat dihubungi"). When
# such a day is the only one, the visit has none; unless the trip is told as going on while the words are
# said ("Hari ini …", "saat ini … sedang …").


@pytest.mark.parametrize(
    "text",
    [
        "Komisi II DPRD Kabupaten Sumbawa melakukan studi banding ke Kota Bogor tentang pengelolaan pasar."
        ' "Kami belajar banyak dari Bogor," kata Ketua Komisi II saat dihubungi, Kamis (7/3/2024).',
        "Pansus Perda Sampah DPRD Kabupaten Gresik studi banding ke Kota Surabaya untuk mempelajari bank"
        ' sampah. "Hasilnya akan kami pakai," ujar Sekretaris DPRD di ruang kerjanya, Senin (11/3/2024).',
        "Peserta PKA Angkatan II Kabupaten Jember mengikuti studi lapangan ke Kabupaten Banyuwangi."
        ' "Peserta mempelajari mal pelayanan publik," jelas Kepala BPSDM dalam siaran pers, Rabu (13/3/2024).',
        "Para kepala desa Kabupaten Lebak studi tiru ke Desa Ponggok, Klaten, untuk belajar mengelola BUMDes."
        ' "Ilmunya akan diterapkan di desa," tuturnya melalui sambungan telepon, Jumat (15/3/2024).',
        # the news confirmed by the sender's head in his office (a passive of confirming names the speaker)
        "Sebanyak 20 anggota DPRD Kabupaten Kaur akan studi banding ke Kabupaten Sleman untuk belajar tata kelola"
        " pasar. Rencana itu dibenarkan Ketua DPRD Kaur, Budi, S.Sos di ruang kerjanya pada Rabu 2 Oktober 2024.",
        # the office written after the date, the verb of saying before a stray full stop
        "Para kepala desa Kabupaten Bolaang Mongondow akan studi banding ke Kabupaten Bantul tentang desa wisata."
        ' "Kami pilih desa yang mirip dengan desa kami," kata Kepala Dinas PMD kepada wartawan. Selasa (9/8/2022)'
        " di kantornya.",
        "Komisi B DPRD Kabupaten Klaten kunjungan kerja ke Kota Malang soal pasar rakyat."
        ' "Banyak yang kami pelajari," ujar Sekretaris DPRD ketika dijumpai pada Jumat (14/3/2014) di ruang kerjanya.',
    ],
)
def test_the_day_of_words_said_away_from_the_visit_dates_no_visit(text: str) -> None:
    assert days_of(text) == [(None, None)]


@pytest.mark.parametrize(
    "text",
    [
        # said while receiving the group, in the host's office: the day of the visit
        "Komisi II DPRD Kabupaten Sumbawa melakukan studi banding ke Kota Bogor tentang pengelolaan pasar."
        ' "Silakan belajar di sini," kata Wali Kota Bogor saat menerima rombongan di ruang kerjanya, Selasa'
        " (12/3/2024).",
        # the trip told as going on today: the day of the words falls within it
        "Hari ini Komisi II DPRD Kabupaten Sumbawa melakukan studi banding ke Kota Bogor tentang pengelolaan"
        ' pasar. "Kami belajar banyak," kata Ketua Komisi II saat dihubungi, Kamis (7/3/2024).',
        # a reception in an office, with no words said
        "Rombongan Pansus DPRD Kabupaten Gresik yang studi banding ke Kota Surabaya diterima Sekda di ruang"
        " kerjanya, Senin (11/3/2024).",
        # confirmed at the reception itself: the day of the visit
        "Sebanyak 20 anggota DPRD Kabupaten Kaur studi banding ke Kabupaten Sleman untuk belajar tata kelola"
        " pasar. Kunjungan itu dibenarkan Sekda Sleman saat menerima rombongan di ruang kerjanya, Rabu 2 Oktober 2024.",
        # a reception in an office written after the date, no words said
        "Komisi B DPRD Kabupaten Klaten kunjungan kerja ke Kota Malang soal pasar rakyat. Rombongan diterima"
        " Wali Kota Malang, Jumat (14/3/2014) di ruang kerjanya.",
        # words said while receiving the group, the office after the date
        "Komisi B DPRD Kabupaten Klaten kunjungan kerja ke Kota Malang soal pasar rakyat."
        ' "Silakan belajar," kata Wali Kota saat menerima rombongan, Jumat (14/3/2014) di ruang kerjanya.',
    ],
)
def test_days_of_words_said_at_or_during_the_visit_stay(text: str) -> None:
    assert days_of(text)[0][0] is not None


# Words said to the reporting outlet itself, named by its web address ("kepada contohberita.com"), are an interview
# the outlet held with the speaker, as "saat dikonfirmasi" is (nw-22 batakpost, oc-20 bogoronline): their day is
# no visit day.
@pytest.mark.parametrize(
    "text",
    [
        "Tim Dinas Kesehatan Kabupaten Gowa datang ke Kantor Dinas Kesehatan Kota Parepare untuk studi tiru soal"
        " posyandu. Hal itu disampaikan Kepala Dinas Kesehatan Parepare kepada kabarsulawesi.com, Senin (6/3/2023).",
        'Para praja IPDN melaksanakan praktik lapangan di Kecamatan Cibinong, Kabupaten Bogor. "Mereka belajar'
        ' pelayanan," ujar camat kepada Warta-Bogor.co.id, Selasa 4/4/2023.',
    ],
)
def test_the_day_of_words_said_to_the_outlet_dates_no_visit(text: str) -> None:
    assert days_of(text) == [(None, None)]


def test_words_said_at_the_visit_before_the_outlet_keep_their_day() -> None:
    text = (
        'Tim Dinas Kesehatan Kabupaten Gowa studi tiru ke Kota Parepare soal posyandu. "Silakan belajar," kata'
        " Kepala Dinas Kesehatan Parepare saat menerima rombongan kepada kabarsulawesi.com, Senin (6/3/2023)."
    )
    assert days_of(text)[0][0] is not None


# The attribution written with its day before the verb of saying (SPEAKER, place or medium, DAY, VERB: "Ketua Komisi,
# X, melalui pesan singkat, Kamis (14/3), mengatakan …"): the place or medium before the day puts the words away
# from the visit as it does after the verb (docs/schema.md, "The day of a statement").


@pytest.mark.parametrize(
    "text",
    [
        "Komisi III DPRD Kabupaten Tapin melakukan studi banding ke Kota Balikpapan soal layanan air bersih."
        " Ketua Komisi III, Rahmat, melalui pesan singkat, Kamis (7/3/2024), mengatakan hasilnya dibahas bulan depan.",
        "Para lurah Kota Probolinggo studi tiru ke Kota Malang tentang kampung tematik. Kabag Pemerintahan, Yuni,"
        " di kantornya, Senin (11/3/2024), menuturkan semua lurah ikut.",
        "Tim Bappeda Kabupaten Alor studi tiru ke Kabupaten Flores Timur soal perencanaan desa. Kepala Bappeda, Maria,"
        " dalam keterangan tertulisnya, Jumat (15/3/2024), menyampaikan bahwa timnya berjumlah tujuh orang.",
        # a place of the sender's, not the place visited
        "Pansus DPRD Kabupaten Tabalong studi banding ke Kota Banjarbaru soal perda pasar. Ketua Pansus, Hasan,"
        " seusai rapat di Gedung DPRD Tabalong, Selasa (19/3/2024), menyebut Banjarbaru lebih dulu menata pasar.",
    ],
)
def test_the_day_before_the_verb_of_words_said_away_dates_no_visit(text: str) -> None:
    assert days_of(text) == [(None, None)]


@pytest.mark.parametrize(
    "text",
    [
        # said while receiving the group
        "Komisi I DPRD Kabupaten Sinjai studi banding ke Kabupaten Bantaeng. Sekda Bantaeng, Yasin, saat menerima"
        " rombongan di ruang rapat bupati, Senin (11/3/2024), mengatakan Bantaeng terbuka berbagi.",
        # said during the visit, at the host's office
        "Komisi I DPRD Kabupaten Klaten studi banding ke Disdukcapil Kabupaten Sleman. Ketua Komisi I, Harno,"
        " di sela kunjungan di kantor Disdukcapil Sleman, Kamis (14/3/2024), menuturkan layanan itu akan ditiru.",
    ],
)
def test_the_day_before_the_verb_of_words_said_at_the_visit_stays(text: str) -> None:
    assert days_of(text)[0][0] is not None


# The place a statement was made written with it ("ujar X di Jakarta, Jumat", "kata X di Gedung DPRD A, Kamis"): a
# place that is not the one visited puts the speaker away from the visit, at home or elsewhere, and the day is the
# words', no visit day (docs/schema.md, "The day of a statement"); at the place visited the day stays.


@pytest.mark.parametrize(
    "text",
    [
        # the training body's director speaking in the capital of a trip to a province
        "Peserta Sesdilu Angkatan 60 Kementerian Luar Negeri melakukan kunjungan ke Provinsi Sulawesi Utara"
        ' untuk mengenal potensi daerah. "Diplomat harus paham daerah," ujar Direktur Sesdilu di Jakarta,'
        " Selasa (8/10/2019).",
        # the sender's secretariat speaking in its own council building while the members are away
        "Komisi A DPRD Kota Surabaya melakukan kunjungan kerja ke Provinsi Bali soal perda adat."
        ' "Yang berangkat tujuh anggota," kata Kabag Umum Sekretariat DPRD di Gedung DPRD Kota Surabaya,'
        " Rabu (6/11/2019).",
        # a passive of stating, the place with its city after a comma
        "Anggota Pansus DPRD Kabupaten Bekasi studi banding ke Kota Makassar tentang retribusi parkir. Hal itu"
        " disampaikan Ketua Pansus kepada wartawan di Gedung DPRD, Cikarang, Kamis (7/11/2019).",
        # a me- verb of stating, the speaker at the sender's town
        "Kepala desa se-Kabupaten Pati studi tiru ke Kabupaten Badung. Kepala Dinas PMD mengatakan para kepala"
        " desa belajar mengelola desa wisata di Pati, Jumat (8/11/2019).",
    ],
)
def test_the_day_of_words_said_at_a_place_not_visited_dates_no_visit(text: str) -> None:
    assert days_of(text) == [(None, None)]


@pytest.mark.parametrize(
    "text",
    [
        # said at the host's office of the place visited
        "Rombongan Pemkab Mempawah studi tiru ke Kabupaten Banyuwangi tentang pelayanan publik."
        ' "Kami banyak belajar," ujar Asisten II Setda Mempawah di Kantor Bupati Banyuwangi, Kamis (16/3/2017).',
        # the host's head speaking at the reception, no place written
        "Rombongan DPRD Kabupaten Tegal studi banding ke Kota Batu soal pariwisata."
        ' "Silakan belajar di sini," kata Wali Kota Batu saat menerima rombongan, Senin (3/7/2023).',
        # a hall of the province visited, the regency inside it
        "Rombongan Pemkot Tarakan studi banding ke Kabupaten Gianyar tentang pengelolaan sampah."
        ' "Kami ingin meniru bank sampah," kata Sekda Tarakan di Bali, Selasa (4/7/2023).',
        # "dari" names the speaker's office, not where the words were said
        "Rombongan kepala desa Kabupaten Sleman studi tiru ke Kabupaten Banyumas soal BUMDes di desa wisata."
        ' "Kami belajar banyak," kata Budi dari Dinas PMD Kabupaten Sleman, Rabu (5/7/2023).',
    ],
)
def test_the_day_of_words_said_at_the_place_visited_stays(text: str) -> None:
    assert days_of(text)[0][0] is not None


# Words with no place written for them were gathered where the report was filed: in a report datelined at the
# sender's home, not at the place visited, their day is theirs, no visit day; unless their sentence places the
# speaker at the place visited (the host's title, a place after the date, the place named as here: "B ini").


@pytest.mark.parametrize(
    "text",
    [
        # the group's leader, the trip told as past in his words
        "SAMPIT - Komisi II DPRD Kabupaten Kotawaringin Timur kunjungan kerja ke Kabupaten Banjar, Kalimantan"
        ' Selatan. "Kemarin kami belajar soal perda pasar," ujar Ketua Komisi II, Selasa (10/3/2020).',
        # the sender's official to the press, the destination spoken of as there
        "Cianjur - Sebanyak 200 kepala desa Kabupaten Cianjur studi tiru ke Provinsi Bali soal desa wisata."
        ' "Di sana desa wisata sudah maju," tutur Ketua Apdesi kepada wartawan, Senin (2/12/2024).',
        # a passive of stating, the words in the sentence before
        "PEKANBARU - DPRD Provinsi Riau menggelar studi banding ke Kota Surabaya tentang pengelolaan sampah."
        " Hal itu disampaikan Sekretaris DPRD kepada awak media, Kamis (2/9/2021).",
        # a me- verb of stating, the dateline with its date line
        "Sumenep, (Outlet) - Bupati Sumenep bersama kepala OPD studi banding ke Kabupaten Banyuwangi."
        " Bupati mengatakan rombongan belajar mal pelayanan publik, Sabtu (1/9/2018).",
    ],
)
def test_the_day_of_words_with_no_place_in_a_report_filed_away_dates_no_visit(text: str) -> None:
    assert days_of(text) == [(None, None)]


@pytest.mark.parametrize(
    "text",
    [
        # the host's head speaking at the reception
        "SAMPIT - Komisi II DPRD Kabupaten Kotawaringin Timur studi banding ke Kota Batu soal pariwisata."
        ' "Silakan belajar," kata Wali Kota Batu saat menerima rombongan, Senin (3/7/2023).',
        # the host's head by title, no occasion written
        "SAMPIT - Komisi II DPRD Kabupaten Kotawaringin Timur studi banding ke Kota Batu soal pariwisata."
        ' "Kami terbuka berbagi," ujar Wali Kota Batu, Senin (3/7/2023).',
        # the place visited named as here in the words that follow
        "Cianjur - Pemkab Cianjur studi tiru ke Kabupaten Kebumen soal alun-alun. Hal itu disampaikan Bupati"
        ' Cianjur kepada wartawan, Sabtu (14/12/2024). "Kebumen ini berkembang pesat," ujarnya.',
        # the place after the date
        "Cianjur - Peserta PKA Kabupaten Cianjur studi lapangan ke Kota Batu. Hal itu disampaikan Kepala BKPSDM,"
        " Selasa (9/5/2017) ketika berada di Kota Batu.",
        # filed at the place visited
        "BATU - Komisi II DPRD Kabupaten Kotawaringin Timur studi banding ke Kota Batu soal pariwisata."
        ' "Kami belajar banyak," ujar Ketua Komisi II, Senin (3/7/2023).',
    ],
)
def test_the_day_of_words_with_no_place_said_at_the_visit_stays(text: str) -> None:
    assert days_of(text)[0][0] is not None


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a festival's days told first, as what drew the group
        (
            "Sukses Festival Danau Toba pada 10-12 Juni 2024 membuat banyak daerah ingin belajar. Rombongan"
            " Pemkab Kampar melakukan studi banding ke Kabupaten Toba pada 17-19 Juni 2024.",
            ("2024-06-17", "2024-06-19"),
        ),
        # a fair's days, then the cohort's field study
        (
            "Pameran UMKM digelar 3 sampai 5 Mei 2023 di Denpasar. Peserta PKA Angkatan II BPSDM Provinsi NTB"
            " melaksanakan studi lapangan ke Kota Denpasar pada 8 sampai 10 Mei 2023.",
            ("2023-05-08", "2023-05-10"),
        ),
        # an earlier contest's days
        (
            "Lomba desa tingkat nasional berlangsung 2-4 Agustus 2022 dan dimenangi Desa Ponggok. Para kepala"
            " desa Kabupaten Lebak kemudian studi tiru ke Desa Ponggok, Klaten, pada 15-16 Agustus 2022.",
            ("2022-08-15", "2022-08-16"),
        ),
        # a council's recess, then its trip, told by a different verb
        (
            "Masa reses DPRD berakhir 1-6 Maret 2021. Komisi I DPRD Kota Padang berkunjung ke DPRD Kota"
            " Bogor pada 9-11 Maret 2021 untuk kaji banding soal perda.",
            ("2021-03-09", "2021-03-11"),
        ),
    ],
)
def test_a_span_of_another_event_told_first_gives_way_to_the_visits(text: str, days) -> None:
    assert days_of(text)[0] == days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # near-miss: both spans are told with the trip: the first stays
        (
            "Pemkab Kampar melakukan studi banding ke Kabupaten Toba pada 17-19 Juni 2024. Sebelumnya,"
            " Pemkab Siak studi banding ke Kabupaten Samosir pada 10-12 Juni 2024.",
            ("2024-06-17", "2024-06-19"),
        ),
        # near-miss: the visit's own span comes first, a later one is another event's
        (
            "Rombongan Pemkab Kampar melakukan studi banding ke Kabupaten Toba pada 17-19 Juni 2024. Festival"
            " Danau Toba akan digelar 24-26 Juni 2024.",
            ("2024-06-17", "2024-06-19"),
        ),
    ],
)
def test_the_visits_span_told_first_or_alone_stays(text: str, days) -> None:
    assert days_of(text)[0] == days


@pytest.mark.parametrize(
    "text",
    [
        "Rombongan Komisi II DPRD Kabupaten Sumbawa studi banding ke Kota Bogor tentang pengelolaan pasar."
        " Menurut rilis Humas Pemkot Bogor, Senin (4/3/2024), para tamu mempelajari aplikasi retribusi.",
        "Informasi yang dihimpun redaksi, Selasa (5/3/2024), menyebutkan para kepala desa Kabupaten Lebak"
        " studi tiru ke Desa Ponggok, Klaten, untuk belajar mengelola BUMDes.",
        "Peserta PKA Angkatan II Kabupaten Jember mengikuti studi lapangan ke Kabupaten Banyuwangi,"
        " dikutip dari laman resmi BPSDM Jawa Timur, Rabu (6/3/2024).",
        "Seperti dilansir situs sekretariat dewan, Kamis (7/3/2024), Pansus DPRD Kabupaten Gresik"
        " melakukan kaji banding ke Kota Surabaya soal bank sampah.",
    ],
)
def test_the_day_of_a_source_drawn_on_dates_no_visit(text: str) -> None:
    assert days_of(text) == [(None, None)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a person the report cites, with no document: a speech attribution like "kata X, Senin"
        (
            "Rombongan Komisi II DPRD Kabupaten Sumbawa studi banding ke Kota Bogor. Menurut Sekda Bogor,"
            " Senin (4/3/2024), para tamu mempelajari aplikasi retribusi pasar.",
            "2024-03-04",
        ),
        # the source named, the visit's own day told after it, not closing it
        (
            "Menurut rilis Humas Pemkot Bogor, rombongan Komisi II DPRD Kabupaten Sumbawa studi banding ke"
            " Kota Bogor pada Senin (4/3/2024).",
            "2024-03-04",
        ),
    ],
)
def test_a_day_not_closing_a_source_stays(text: str, day: str) -> None:
    assert days_of(text)[0][0] == day


@pytest.mark.parametrize(
    "text",
    [
        "Komisi II DPRD Kabupaten Sumbawa studi banding ke Kota Bogor soal pasar."
        ' "Kami belajar banyak," ujar Ketua Komisi II lewat pesan whats app, Kamis (7/3/2024).',
        "Pansus DPRD Kabupaten Gresik kaji banding ke Kota Surabaya soal bank sampah."
        ' "Hasilnya akan kami pakai," kata Sekretaris DPRD via WA, Senin (11/3/2024).',
        "Peserta PKA Angkatan II Kabupaten Jember studi lapangan ke Kabupaten Banyuwangi."
        ' "Peserta belajar soal MPP," jelas Kepala BPSDM melalui WA, Rabu (13/3/2024).',
        "Para kepala desa Kabupaten Lebak studi tiru ke Desa Ponggok, Klaten, soal BUMDes."
        ' "Ilmunya kami terapkan," tuturnya dalam pesan WA kepada wartawan, Jumat (15/3/2024).',
    ],
)
def test_the_day_of_words_sent_by_message_dates_no_visit(text: str) -> None:
    assert days_of(text) == [(None, None)]


@pytest.mark.parametrize(
    "text",
    [
        # a speaker named Wa Ode, at the visit: no message word
        "Komisi II DPRD Kabupaten Sumbawa studi banding ke Kota Bogor soal pasar."
        ' "Kami belajar banyak," ujar Wa Ode Nurlia saat kunjungan, Kamis (7/3/2024).',
        # the message tells how the trip was arranged, in a sentence of its own: the reception's day stays
        "Rombongan Pansus DPRD Kabupaten Gresik yang kaji banding ke Kota Surabaya diterima Sekda, Senin"
        " (11/3/2024). Jadwal kunjungan itu disepakati lewat WA.",
    ],
)
def test_days_beside_no_message_attribution_stay(text: str) -> None:
    assert days_of(text)[0][0] is not None


# Property: a range of days may name the weekday of each end, the month written once at the last day
# ("Selasa 3 sampai Jumat 6 Desember 2024"): the weekday before the last day belongs to the range
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kunjungan berlangsung Selasa 3 sampai Jumat 6 Desember 2024 di Kabupaten Badung.", [(3, 12, 6, 12)]),
        ("Rombongan berada di Malang sejak Senin, 14 hingga Rabu, 16 Oktober 2023.", [(14, 10, 16, 10)]),
        ("Studi lapangan digelar Kamis 8 s.d. Sabtu 10 Agustus 2019 di Kota Batu.", [(8, 8, 10, 8)]),
        ("Para camat belajar di Banyuwangi dari Rabu 2 sampai dengan Jumat 4 Maret 2022.", [(2, 3, 4, 3)]),
    ],
)
def test_a_range_with_a_weekday_at_each_end_is_one_range(text, want):
    assert _spans(text) == want


def test_days_named_with_their_weekdays_far_apart_stay_two_dates():
    # near-miss: "dan" joins two days of a range only when they are close ("Selasa 3 dan Jumat 27")
    found = dates.find_dates("Rapat digelar Selasa 3 dan Jumat 27 Desember 2024 di Balai Kota.")
    assert all(d.first.day != 3 or d.last.day != 27 for d in found)


def test_a_number_before_a_weekday_date_is_no_first_day():
    # near-miss: a count followed by a preposition of time is no range ("30 peserta hingga Jumat 6 Desember")
    assert _spans("Diklat diikuti 30 peserta hingga Jumat 6 Desember 2024.") == [(6, 12, 6, 12)]


# Property: a span told by its weekdays with only the last day's date ("sejak Selasa hingga Jumat (17/8)",
# "Senin-Rabu, 16 Juni") runs from the first weekday before that date to it
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Rombongan DPRD Kabupaten Kampar studi banding ke Kota Padang sejak Selasa hingga Jumat (17/8/2018).",
            ("2018-08-14", "2018-08-17"),
        ),
        (
            "Peserta PKA Provinsi Jambi studi lapangan di Kota Malang, Senin-Rabu, 16 Juni 2021.",
            ("2021-06-14", "2021-06-16"),
        ),
        (
            "Sebanyak 30 kepala desa Kabupaten Sambas studi tiru ke Desa Ponggok pada Rabu sampai Jumat, "
            "12 April 2019.",
            ("2019-04-10", "2019-04-12"),
        ),
        (
            "Komisi A DPRD Kota Bima kunjungan kerja ke Kota Mataram, Kamis s.d. Sabtu (9/11/2019).",
            ("2019-11-07", "2019-11-09"),
        ),
    ],
)
def test_a_span_told_by_its_weekdays_runs_to_the_dated_last_day(text: str, want) -> None:
    assert days_of(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Rombongan DPRD Kabupaten Kampar studi banding ke Kota Padang, Jumat (17/8/2018). Kantor itu buka Senin "
        "hingga Jumat.",
        "Kantor itu buka Senin hingga Jumat. Rombongan DPRD Kabupaten Kampar studi banding ke Kota Padang Jumat "
        "(17/8/2018).",
    ],
)
def test_a_weekday_span_apart_from_the_date_leaves_one_day(text: str) -> None:
    assert days_of(text) == [("2018-08-17", "2018-08-17")]


# A yearless day of a report is the one nearest its posting day: announced in late December, a span that crosses
# the year's end, or a January day, falls in the next year; told in early January, late December was last year's.
@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Kamis, 28 Desember 2023 | 09:00 WIB\nMALANG - Sebanyak 20 anggota DPRD Kabupaten Sikka akan studi banding"
            " ke Pemerintah Kota Malang pada 29 Desember – 3 Januari.",
            ("2023-12-29", "2024-01-03"),
        ),
        (
            "Jumat, 20 Desember 2024\nBADUNG - Peserta PKA Angkatan II Kabupaten Buleleng dijadwalkan melaksanakan"
            " benchmarking ke Pemkab Badung, 30 Desember sampai 2 Januari mendatang.",
            ("2024-12-30", "2025-01-02"),
        ),
        (
            "Senin, 23 Desember 2019\nBATAM - Komisi II DPRD Kabupaten Karimun akan melakukan studi banding ke DPRD"
            " Kota Batam pada 6-8 Januari.",
            ("2020-01-06", "2020-01-08"),
        ),
        (
            "Sabtu, 28 Desember 2024\nBOGOR - Sebanyak 35 peserta Latsar CPNS Kabupaten Cianjur dijadwalkan studi"
            " lapangan ke Pemerintah Kota Bogor pada 2 Januari.",
            ("2025-01-02", "2025-01-02"),
        ),
        # near-misses: a late-December span told in January, and a day six months before posting, stay in the past
        (
            "Jumat, 3 Januari 2025\nSURABAYA - Sebanyak 20 peserta PKN II BPSDM Provinsi Papua Selatan melaksanakan"
            " visitasi ke Pemerintah Kota Surabaya pada 30-31 Desember.",
            ("2024-12-30", "2024-12-31"),
        ),
        (
            "Selasa, 2 Juli 2024\nSURABAYA - Komisi I DPRD Kabupaten Gresik melakukan studi banding ke Pemerintah Kota"
            " Surabaya pada 3 Januari.",
            ("2024-01-03", "2024-01-03"),
        ),
    ],
)
def test_a_yearless_day_is_the_one_nearest_the_posting_day(text: str, want) -> None:
    assert days_of(text) == [want]


# Reports join the days of a span written with slashes by a word as they join a named month's ("12 hingga 15
# September"): "12 hingga 15/9/2022"; with its full year such a span is a date without a bracket or a day name.
@pytest.mark.parametrize(
    "text, want",
    [
        ("sejak 12 hingga 15/9/2022 di Bandung", ((2022, 9, 12), (2022, 9, 15))),
        ("mulai 21/11/2022 sampai 24/11/2022 di Balikpapan", ((2022, 11, 21), (2022, 11, 24))),
        ("pada 4 sampai dengan 6/3/2024 rombongan", ((2024, 3, 4), (2024, 3, 6))),
        ("berlangsung 7-9/8/2023 di Kota Medan", ((2023, 8, 7), (2023, 8, 9))),
    ],
)
def test_a_slashed_span_joined_by_a_word_is_one_range(text: str, want) -> None:
    (d,) = dates.find_dates(text)
    assert ((d.first.year, d.first.month, d.first.day), (d.last.year, d.last.month, d.last.day)) == want


@pytest.mark.parametrize("text", ["nilai 3-4/5 dari seluruh peserta", "sekitar 12 hingga 15/9 bagian anggaran"])
def test_a_yearless_slashed_span_without_a_bracket_is_no_date(text: str) -> None:
    assert dates.find_dates(text) == []


# A day-by-day account of a stay in one place gives its days by their order: the latest of its later days ("hari
# kedua", "hari ketiga", "hari terakhir", "hari ke-2") closes the visit its first day opens.
@pytest.mark.parametrize(
    "text, want",
    [
        (
            "MADIUN - Sebanyak 30 peserta PKP Kota Madiun studi lapangan ke Kabupaten Banyuwangi. Hari pertama, Senin"
            " (4/9/2023), peserta mengunjungi Mal Pelayanan Publik. Hari kedua, Selasa (5/9), peserta belajar di"
            " Dinas Kesehatan.",
            ("2023-09-04", "2023-09-05"),
        ),
        (
            "SINJAI - Komisi I DPRD Kabupaten Sinjai studi banding ke Kota Makassar, Rabu (10/7/2024). Pada hari"
            " ketiga, Jumat (12/7), rombongan mengunjungi Dinas Pendidikan.",
            ("2024-07-10", "2024-07-12"),
        ),
        (
            "Peserta PKA Angkatan I Kabupaten Lebak melakukan benchmarking ke Kota Tangerang. Hari pertama, Selasa"
            " (6/8/2024), rombongan ke Dinas Kependudukan. Hari kedua, Rabu (7/8), ke Bappeda. Hari terakhir"
            " kunjungan, Kamis (8/8), rombongan ke Mal Pelayanan Publik.",
            ("2024-08-06", "2024-08-08"),
        ),
        (
            "Kepala desa se-Kabupaten Pati studi tiru ke Desa Ponggok, Kabupaten Klaten, mulai 14 Mei 2024. Pada"
            " hari ke-2 (15 Mei 2024) rombongan meninjau Umbul Ponggok.",
            ("2024-05-14", "2024-05-15"),
        ),
    ],
)
def test_the_last_day_of_a_day_by_day_account_closes_the_visit(text: str, want) -> None:
    assert days_of(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        # the group's day and a later day that is no day of the series
        "Sebanyak 30 peserta PKP Kota Madiun studi lapangan ke Kabupaten Banyuwangi, Senin (4/9/2023). Dua pekan"
        " kemudian, Senin (18/9), peserta mengikuti seminar aksi perubahan.",
        # the second day of another event weeks later
        "Sebanyak 30 peserta PKP Kota Madiun studi lapangan ke Kabupaten Banyuwangi, Senin (4/9/2023). Bupati"
        " mengundang mereka kembali pada hari kedua Festival Gandrung, Sabtu (30/9).",
    ],
)
def test_a_day_outside_the_series_leaves_the_visit_one_day(text: str) -> None:
    assert days_of(text) == [("2023-09-04", "2023-09-04")]


# A trip planned for a time not yet fixed, in any of its names ("kaji tiru", "uji tiru", "visitasi" as well as
# "studi banding"), is dated by no day its plan was told on.
@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 35 kepala desa Kabupaten Muaro Jambi dijadwalkan kaji tiru ke Desa Ponggok, Kabupaten Klaten."
        ' "Kepala desa harus melihat sendiri," kata Kepala Dinas PMD, Syaiful, Rabu (13/11/2024).',
        "Komisi C DPRD Kabupaten Bangka berencana uji tiru ke DPRD Kota Surabaya soal perda parkir."
        ' "Surabaya sudah lebih dulu," ujar Ketua Komisi C, Rudi, Senin (4/3/2024).',
        "Peserta PKN II Angkatan V BPSDM Provinsi Jawa Barat segera visitasi ke Kabupaten Banyuwangi."
        ' "Persiapan sudah matang," ujar Kepala BPSDM, Andi, Jumat (7/6/2024).',
        "Pemerintah Kabupaten Sikka kaji tiru ke Kabupaten Badung bulan depan."
        ' "Kami belajar soal pajak hotel," kata Sekda Sikka, Yosef, Kamis (6/6/2024).',
    ],
)
def test_a_trip_planned_by_any_name_is_not_dated_by_the_day_of_the_plan(text: str) -> None:
    assert days_of(text) == [(None, None)]


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Sebanyak 35 kepala desa Kabupaten Muaro Jambi kaji tiru ke Desa Ponggok, Kabupaten Klaten, Rabu"
            " (13/11/2024).",
            ("2024-11-13", "2024-11-13"),
        ),
        (
            "Sebanyak 35 kepala desa Kabupaten Muaro Jambi dijadwalkan kaji tiru ke Desa Ponggok pada 20 November"
            ' 2024. "Kepala desa harus melihat sendiri," kata Syaiful, Rabu (13/11/2024).',
            ("2024-11-20", "2024-11-20"),
        ),
    ],
)
def test_a_trip_done_or_planned_for_a_day_keeps_it(text: str, want) -> None:
    assert days_of(text) == [want]


# Reports tell a visit's days by the day they were written on, in more words than "kemarin" and "Rabu lalu": a
# weekday "pekan lalu" is that day of the week before, "besok" the day after, and a span told by its weekdays
# alone ("sejak Senin hingga Rabu") the one of the week of writing; a stay lasting "hingga Kamis" ends on that day.
@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Senin, 14 Oktober 2024\nSELONG - Sebanyak 18 pegawai Diskominfo Kabupaten Lombok Timur melakukan studi"
            " banding ke Pemerintah Kota Tangerang, Rabu pekan lalu.",
            ("2024-10-09", "2024-10-09"),
        ),
        (
            "Jumat, 24 Mei 2024\nPURWOKERTO - Pemkab Banyumas menerima studi banding 22 lurah dari Kota Jambi pada"
            " Kamis minggu lalu.",
            ("2024-05-16", "2024-05-16"),
        ),
        (
            "Minggu, 10 November 2024\nTARAKAN - Sepuluh anggota DPRD Kota Tarakan berangkat besok untuk studi banding"
            " ke Kota Yogyakarta. Mereka akan berada di Yogyakarta hingga Kamis.",
            ("2024-11-11", "2024-11-14"),
        ),
        (
            "Selasa, 12 Maret 2024 | 14:00 WIB\nSUMEDANG - Sebanyak 60 peserta PKN II LAN melaksanakan visitasi di"
            " Kabupaten Sumedang sejak Senin hingga Rabu.",
            ("2024-03-11", "2024-03-13"),
        ),
    ],
)
def test_days_told_by_the_day_of_writing_in_other_words(text: str, want) -> None:
    assert days_of(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        # opening hours in a sentence that tells no visit
        "Kamis, 23 Mei 2024\nPURWOKERTO - Pemkab Banyumas menerima studi banding 22 lurah dari Kota Jambi kemarin."
        " Bank sampah di sana buka Senin hingga Jumat.",
        # a "besok" of another event than the visit
        "Kamis, 23 Mei 2024\nPURWOKERTO - Pemkab Banyumas menerima studi banding 22 lurah dari Kota Jambi kemarin."
        " Hasilnya dilaporkan kepada Wali Kota Jambi besok.",
    ],
)
def test_words_of_other_days_leave_the_day_of_writing(text: str) -> None:
    assert days_of(text) == [("2024-05-22", "2024-05-22")]


# Reports tell a group's or a stop's day by its distance from the day of the one told before it ("sehari
# sebelumnya", "dua hari kemudian", "tiga hari kemudian"), on the host's side (senders) as on the travellers' (stops).
@pytest.mark.parametrize(
    "text, want",
    [
        (
            "BONTANG - DPRD Kota Bontang menerima studi banding Komisi I DPRD Kabupaten Kutai Barat, Rabu (11/9/2024)."
            " Sehari sebelumnya, DPRD Kota Bontang juga menerima studi banding Komisi II DPRD Kabupaten Paser.",
            {"Kabupaten Kutai Barat": "2024-09-11", "Kabupaten Paser": "2024-09-10"},
        ),
        (
            "BONTANG - DPRD Kota Bontang menerima studi banding Komisi I DPRD Kabupaten Kutai Barat, Rabu (11/9/2024)."
            " Tiga hari kemudian, DPRD Kota Bontang juga menerima studi banding Komisi II DPRD Kabupaten Paser.",
            {"Kabupaten Kutai Barat": "2024-09-11", "Kabupaten Paser": "2024-09-14"},
        ),
        (
            "JEMBER - Rombongan DPRD Kabupaten Lumajang studi banding ke Kabupaten Jember, Senin (4/9/2023). Dua hari"
            " kemudian, rombongan bergeser ke Kabupaten Bondowoso untuk studi banding.",
            {"Kabupaten Jember": "2023-09-04", "Kabupaten Bondowoso": "2023-09-06"},
        ),
        (
            "JEMBER - Rombongan Komisi B DPRD Kabupaten Lumajang studi banding ke Kabupaten Jember, Senin (4/9/2023)."
            " Sehari kemudian, rombongan Komisi B yang dipimpin ketuanya, Ahmad Fauzi, melanjutkan studi banding ke"
            " Kabupaten Bondowoso.",
            {"Kabupaten Jember": "2023-09-04", "Kabupaten Bondowoso": "2023-09-05"},
        ),
        # near-misses: a later day of another event, and stops with days of their own
        (
            "JEMBER - Rombongan DPRD Kabupaten Lumajang studi banding ke Kabupaten Jember, Senin (4/9/2023). Dua hari"
            " kemudian, hasilnya dipaparkan dalam rapat paripurna DPRD Lumajang.",
            {"Kabupaten Jember": "2023-09-04"},
        ),
        (
            "MALANG - Komisi B DPRD Kabupaten Kediri studi banding ke Pemerintah Kota Malang, Senin (4/9/2023), lalu ke"
            " Pemerintah Kota Batu, Rabu (6/9/2023). Sehari sebelumnya, Komisi B rapat di Kediri.",
            {"Kota Malang": "2023-09-04", "Kota Batu": "2023-09-06"},
        ),
    ],
)
def test_a_day_told_by_its_distance_from_the_day_before(text: str, want) -> None:
    found = visits_of(text)
    got = {
        (v.origin.regency if len({w.origin.regency for w in found}) > 1 else v.destination.regency): (
            v.start_date.isoformat() if v.start_date else None
        )
        for v in found
    }
    assert got == want and all(v.start_date == v.end_date for v in found)


# A stay's end is told by "selesai" as by "berakhir", and its length by "memakan waktu tiga hari" as by "selama".
@pytest.mark.parametrize(
    "text, want",
    [
        (
            "PASURUAN - Rombongan kepala sekolah Kota Pasuruan berangkat studi banding ke Kota Yogyakarta, Kamis"
            " (7/12/2023). Perjalanan memakan waktu tiga hari.",
            ("2023-12-07", "2023-12-09"),
        ),
        (
            "PASURUAN - Rombongan kepala sekolah Kota Pasuruan berangkat studi banding ke Kota Yogyakarta, Kamis"
            " (7/12/2023), dan selesai pada Sabtu (9/12/2023).",
            ("2023-12-07", "2023-12-09"),
        ),
        (
            "Komisi A DPRD Kabupaten Bima studi banding ke Kota Mataram sejak Senin (4/3/2024). Kunjungan itu selesai"
            " Rabu (6/3/2024).",
            ("2024-03-04", "2024-03-06"),
        ),
        (
            "Peserta PKA Kabupaten Kendal studi lapangan ke Kota Salatiga mulai 3 Juli 2023. Studi lapangan selesai"
            " tanggal 6 Juli 2023.",
            ("2023-07-03", "2023-07-06"),
        ),
        # near-misses: a report finished later, and a journey's hours
        (
            "Komisi A DPRD Kabupaten Bima studi banding ke Kota Mataram, Senin (4/3/2024). Laporan hasil studi banding"
            " selesai disusun Senin (11/3/2024).",
            ("2024-03-04", "2024-03-04"),
        ),
        (
            "Komisi A DPRD Kabupaten Bima studi banding ke Kota Mataram, Senin (4/3/2024). Perjalanan dari Bima"
            " memakan waktu enam jam.",
            ("2024-03-04", "2024-03-04"),
        ),
    ],
)
def test_the_end_or_length_told_in_other_words(text: str, want) -> None:
    assert days_of(text) == [want]


# Two days written with slashes may be joined by "dan" as a named month's are ("5 dan 6 Juni"): "(3 dan 4/6)".
@pytest.mark.parametrize(
    "text, want",
    [
        ("pada Senin dan Selasa (3 dan 4/6/2024) di Mataram", ((2024, 6, 3), (2024, 6, 4))),
        ("pada (4 & 5/6/2024) di Mataram", ((2024, 6, 4), (2024, 6, 5))),
        ("pada Rabu dan Kamis (5 dan 6/6) di Mataram", ((None, 6, 5), (None, 6, 6))),
        ("berlangsung 21 dan 22/11/2023 di Mataram", ((2023, 11, 21), (2023, 11, 22))),
    ],
)
def test_two_slashed_days_joined_by_and_are_one_range(text: str, want) -> None:
    (d,) = dates.find_dates(text)
    assert ((d.first.year, d.first.month, d.first.day), (d.last.year, d.last.month, d.last.day)) == want


@pytest.mark.parametrize("text", ["pada (3 dan 24/6) di Mataram", "antara 3 dan 4/6 bagian peserta"])
def test_slashed_days_far_apart_or_bare_are_no_and_range(text: str) -> None:
    assert all(d.first == d.last for d in dates.find_dates(text))


# A weekday told as coming ("Senin pekan depan", "Kamis mendatang") is a day after the day of writing, never the
# one before it; two weekdays told together as past ("Senin dan Selasa lalu") are the last such days before it.
@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Rabu, 12 Juni 2024\nKUPANG - Sebanyak 36 peserta PKA Kabupaten Kupang akan benchmarking ke Kabupaten"
            " Badung pada Senin pekan depan.",
            ("2024-06-17", "2024-06-17"),
        ),
        (
            "Rabu, 12 Juni 2024\nKUPANG - Sebanyak 36 peserta PKA Kabupaten Kupang dijadwalkan studi banding ke"
            " Kabupaten Badung pada Kamis mendatang.",
            ("2024-06-13", "2024-06-13"),
        ),
        (
            "Rabu, 12 Juni 2024\nKUPANG - Sebanyak 36 peserta PKA Kabupaten Kupang benchmarking ke Kabupaten Badung,"
            " Senin dan Selasa lalu.",
            ("2024-06-10", "2024-06-11"),
        ),
        (
            "Jumat, 14 Juni 2024\nKUPANG - Komisi II DPRD Kabupaten Kupang studi banding ke DPRD Kota Denpasar pada"
            " Selasa hingga Kamis lalu.",
            ("2024-06-11", "2024-06-13"),
        ),
    ],
)
def test_weekdays_told_as_coming_or_together_as_past(text: str, want) -> None:
    assert days_of(text) == [want]


@pytest.mark.parametrize(
    "text, want",
    [
        # a weekday alone told as past stays the last such day
        (
            "Rabu, 12 Juni 2024\nKUPANG - Sebanyak 36 peserta PKA Kabupaten Kupang benchmarking ke Kabupaten Badung,"
            " Senin lalu.",
            ("2024-06-10", "2024-06-10"),
        ),
        # the opening hours of the host, not the visit's days
        (
            "Rabu, 12 Juni 2024\nKUPANG - Sebanyak 36 peserta PKA Kabupaten Kupang benchmarking ke Kabupaten Badung"
            " kemarin. Mal itu buka Senin hingga Sabtu.",
            ("2024-06-11", "2024-06-11"),
        ),
    ],
)
def test_a_lone_past_weekday_or_opening_hours_stay(text: str, want) -> None:
    assert days_of(text) == [want]


# A trip told as done some time before, with no day ("pekan lalu", "bulan lalu", "belum lama ini", "beberapa waktu
# lalu"), is not dated by the day its words were said, which came after it; a weekday "pekan lalu" dates it.
@pytest.mark.parametrize(
    "text",
    [
        "Rabu, 12 Juni 2024\nKUPANG - Sebanyak 36 peserta PKA Kabupaten Kupang benchmarking ke Kabupaten Badung pekan"
        ' lalu. "Kami belajar banyak," kata Kepala BKPSDM, Maria, Rabu (12/6/2024).',
        "KUPANG - Komisi II DPRD Kabupaten Kupang studi banding ke DPRD Kota Denpasar belum lama ini."
        ' "Perda kami akan lebih baik," ujar Ketua Komisi II, Yosef, Senin (10/6/2024).',
        "KUPANG - Para lurah Kota Kupang belajar ke Pemerintah Kota Surabaya beberapa waktu lalu."
        ' "Banyak yang bisa ditiru," kata Asisten I, Anton, Selasa (11/6/2024).',
        "KUPANG - Camat se-Kota Kupang melakukan kaji tiru ke Kabupaten Banyuwangi bulan lalu."
        ' "Pelayanan kecamatan di sana cepat," kata Camat Oebobo, Petrus, Kamis (13/6/2024).',
    ],
)
def test_a_trip_told_as_done_before_is_not_dated_by_the_words_after_it(text: str) -> None:
    assert days_of(text) == [(None, None)]


@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Senin, 14 Oktober 2024\nSELONG - Sebanyak 18 pegawai Diskominfo Kabupaten Lombok Timur melakukan studi"
            ' banding ke Pemerintah Kota Tangerang, Rabu pekan lalu. "Aplikasinya bagus," kata Kepala Diskominfo,'
            " Subhan, Senin (14/10/2024).",
            ("2024-10-09", "2024-10-09"),
        ),
        # the trip's own day written beside a word of the past
        (
            "KUPANG - Komisi II DPRD Kabupaten Kupang studi banding ke DPRD Kota Denpasar, Senin (10/6/2024) lalu."
            ' "Perda kami akan lebih baik," ujar Ketua Komisi II, Yosef, Rabu (12/6/2024).',
            ("2024-06-10", "2024-06-10"),
        ),
    ],
)
def test_a_past_trip_with_its_day_keeps_it(text: str, want) -> None:
    assert days_of(text) == [want]


# A stay's length may be told by the days spent at the place, with no "selama": "tiga hari berada di Jogja".
@pytest.mark.parametrize(
    "text, want",
    [
        (
            "BANDUNG - Anggota Pansus DPRD Kabupaten Bandung berangkat studi banding ke Kota Yogyakarta, Kamis"
            " (11/9/2014), dan rencananya tiga hari berada di Jogja.",
            ("2014-09-11", "2014-09-13"),
        ),
        (
            "MAROS - Rombongan DPRD Kabupaten Maros studi banding ke Kota Surabaya mulai Senin (3/6/2024). Dua hari di"
            " Surabaya, mereka belajar ke Dinas Perhubungan.",
            ("2024-06-03", "2024-06-04"),
        ),
        (
            "Peserta PKA Kabupaten Bone berangkat studi lapangan ke Kabupaten Bantaeng, Selasa (4/6/2024). Empat hari"
            " berada di Bantaeng, peserta belajar di RSUD.",
            ("2024-06-04", "2024-06-07"),
        ),
        (
            "Peserta PKN II BPSDM Provinsi Kalimantan Timur berangkat visitasi ke Kota Probolinggo, Senin (3/6/2024)."
            " Selama 5 hari di Kota Probolinggo, peserta belajar di Bappeda.",
            ("2024-06-03", "2024-06-07"),
        ),
    ],
)
def test_a_stay_told_by_the_days_spent_at_the_place(text: str, want) -> None:
    assert days_of(text) == [want]


def test_days_spent_somewhere_unnamed_are_no_stay() -> None:
    text = (
        "Peserta PKA Kabupaten Bone studi lapangan ke Kabupaten Bantaeng, Selasa (4/6/2024). Sebelumnya peserta"
        " menjalani enam hari di lembaga pelatihan."
    )
    assert days_of(text) == [("2024-06-04", "2024-06-04")]


# The word of the next day may also close the stop's clause: "… lalu ke Kota B keesokan harinya".
@pytest.mark.parametrize(
    "text, want",
    [
        (
            "KUPANG - Peserta PKA Kabupaten Kupang studi lapangan ke Kabupaten Badung pada Senin (10/6/2024), lalu ke"
            " Kota Denpasar keesokan harinya.",
            {"Kabupaten Badung": "2024-06-10", "Kota Denpasar": "2024-06-11"},
        ),
        (
            "MALANG - Komisi B DPRD Kabupaten Kediri studi banding ke Kota Malang, Senin (4/9/2023), kemudian ke Kota"
            " Batu sehari kemudian.",
            {"Kota Malang": "2023-09-04", "Kota Batu": "2023-09-05"},
        ),
        (
            "JEMBER - Rombongan DPRD Kabupaten Lumajang studi banding ke Kabupaten Jember, Senin (4/9/2023), dan ke"
            " Kabupaten Bondowoso dua hari kemudian.",
            {"Kabupaten Jember": "2023-09-04", "Kabupaten Bondowoso": "2023-09-06"},
        ),
        (
            "SLEMAN - Peserta Latsar CPNS Kabupaten Magelang studi lapangan ke Kabupaten Sleman, Selasa (5/3/2024),"
            " dan ke Kabupaten Bantul esok harinya.",
            {"Kabupaten Sleman": "2024-03-05", "Kabupaten Bantul": "2024-03-06"},
        ),
        # near-misses: a stop with its own day, and a next day of another deed
        (
            "MALANG - Komisi B DPRD Kabupaten Kediri studi banding ke Kota Malang, Senin (4/9/2023), dan ke Kota Batu,"
            " Rabu (6/9/2023), lalu melapor keesokan harinya.",
            {"Kota Malang": "2023-09-04", "Kota Batu": "2023-09-06"},
        ),
        (
            "MALANG - Komisi B DPRD Kabupaten Kediri studi banding ke Kota Malang, Senin (4/9/2023). Hasilnya dibahas"
            " di Kabupaten Kediri keesokan harinya.",
            {"Kota Malang": "2023-09-04"},
        ),
    ],
)
def test_a_next_day_word_after_the_stop_gives_it_the_next_day(text: str, want) -> None:
    found = visits_of(text)
    assert {v.destination.regency: v.start_date.isoformat() if v.start_date else None for v in found} == want


# Stops of one trip dated only by the day of writing keep each their own day: "ke A, Senin lalu, dan ke B, Selasa lalu".
@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Jumat, 14 Juni 2024\nKUPANG - Peserta PKA Kabupaten Kupang studi lapangan ke Kabupaten Badung, Senin lalu,"
            " dan ke Kota Denpasar, Selasa lalu.",
            {"Kabupaten Badung": "2024-06-10", "Kota Denpasar": "2024-06-11"},
        ),
        (
            "Jumat, 14 Juni 2024\nMALANG - Komisi B DPRD Kabupaten Kediri studi banding ke Kota Malang pada Rabu lalu,"
            " kemudian ke Kota Batu kemarin.",
            {"Kota Malang": "2024-06-12", "Kota Batu": "2024-06-13"},
        ),
        (
            "Jumat, 14 Juni 2024\nJEMBER - Rombongan DPRD Kabupaten Lumajang studi banding ke Kabupaten Jember kemarin,"
            " dan hari ini melanjutkan studi banding ke Kabupaten Bondowoso.",
            {"Kabupaten Jember": "2024-06-13", "Kabupaten Bondowoso": "2024-06-14"},
        ),
        (
            "Kamis, 13 Juni 2024\nSLEMAN - Peserta Latsar CPNS Kabupaten Magelang studi lapangan ke Kabupaten Sleman"
            " pada Senin lalu dan ke Kabupaten Bantul pada Selasa lalu.",
            {"Kabupaten Sleman": "2024-06-10", "Kabupaten Bantul": "2024-06-11"},
        ),
        # near-miss: a day written for the trip keeps the stops as they were
        (
            "Jumat, 14 Juni 2024\nKUPANG - Peserta PKA Kabupaten Kupang studi lapangan ke Kabupaten Badung dan Kota"
            " Denpasar pada 10-11 Juni 2024.",
            {"Kabupaten Badung": "2024-06-10", "Kota Denpasar": "2024-06-10"},
        ),
    ],
)
def test_stops_dated_by_the_day_of_writing_keep_their_own_days(text: str, want) -> None:
    found = visits_of(text)
    assert {v.destination.regency: v.start_date.isoformat() if v.start_date else None for v in found} == want


# A stay may be told to end on the day of writing: "… sejak Senin (10/6/2024) itu berakhir hari ini".
@pytest.mark.parametrize(
    "text, want",
    [
        (
            "Rabu, 12 Juni 2024\nKUPANG - Sebanyak 36 peserta PKA Kabupaten Kupang benchmarking ke Kabupaten Badung."
            " Kegiatan yang berlangsung sejak Senin (10/6/2024) itu berakhir hari ini.",
            ("2024-06-10", "2024-06-12"),
        ),
        (
            "Kamis, 13 Juni 2024\nMALANG - Komisi B DPRD Kabupaten Kediri studi banding ke Kota Malang mulai Selasa"
            " (11/6/2024) hingga hari ini.",
            ("2024-06-11", "2024-06-13"),
        ),
        (
            "Jumat, 14 Juni 2024\nSLEMAN - Peserta Latsar CPNS Kabupaten Magelang studi lapangan ke Kabupaten Sleman"
            " sejak Rabu (12/6/2024). Studi lapangan itu selesai hari ini.",
            ("2024-06-12", "2024-06-14"),
        ),
        (
            "Jumat, 14 Juni 2024\nJEMBER - Rombongan DPRD Kabupaten Lumajang tiba di Kabupaten Jember untuk studi"
            " banding, Selasa (11/6/2024), dan berada di sana sampai dengan hari ini.",
            ("2024-06-11", "2024-06-14"),
        ),
    ],
)
def test_a_stay_told_to_end_on_the_day_of_writing(text: str, want) -> None:
    assert days_of(text) == [want]


@pytest.mark.parametrize(
    "text, want",
    [
        # a one-day visit, and something else that lasts until today
        (
            "Rabu, 12 Juni 2024\nKUPANG - Sebanyak 36 peserta PKA Kabupaten Kupang benchmarking ke Kabupaten Badung,"
            " Senin (10/6/2024).",
            ("2024-06-10", "2024-06-10"),
        ),
        # a stay whose last day is written
        (
            "Rabu, 12 Juni 2024\nKUPANG - Sebanyak 36 peserta PKA Kabupaten Kupang benchmarking ke Kabupaten Badung"
            " sejak Senin (10/6/2024) dan kembali Selasa (11/6/2024). Laporannya selesai hari ini.",
            ("2024-06-10", "2024-06-11"),
        ),
    ],
)
def test_a_stay_with_its_own_end_keeps_it(text: str, want) -> None:
    assert days_of(text) == [want]


# A date written right after a verb of signing, issuing or launching ("surat tugas itu diteken pada 24 Juli",
# "nota kesepahaman ditandatangani Senin, 6 Mei", "aplikasi itu diluncurkan 17 Agustus") is that paper's or
# thing's day, not a trip's: when it is the only day the report writes, and its sentence tells no visit, the
# trip's days are not told.


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 25 anggota DPRD Kabupaten Kampar mendapat surat tugas untuk studi banding ke Kota Surabaya."
        " Surat itu diteken pada 3 Mei 2024.",
        "Pemkab Lebak studi tiru ke Kabupaten Banyuwangi soal pelayanan perizinan. Nota kesepahaman kedua daerah"
        " ditandatangani pada Senin, 6 Mei 2024, di Rangkasbitung.",
        "Camat se-Kabupaten Ogan Ilir melakukan kunjungan kerja ke Kota Palembang untuk belajar layanan"
        " administrasi. Aplikasi layanan itu diluncurkan pada 17 Agustus 2021 oleh wali kota.",
        "Kepala desa se-Kecamatan Cibadak studi banding ke Kabupaten Bantul. Keputusan bupati tentang perjalanan"
        " itu diterbitkan 2 Februari 2023.",
    ],
)
def test_a_papers_day_alone_gives_no_visit_day(text: str) -> None:
    assert [(e.visit.start_date, e.visit.end_date) for e in extract_text(text)] == [(None, None)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the visit's own day beside a paper's day
        (
            "Rombongan DPRD Kampar diterima di Kantor Wali Kota Surabaya pada Senin, 6 Mei 2024, untuk studi"
            " banding. Nota kerja sama dengan Surabaya ditandatangani pada 2 Januari 2023.",
            "2024-05-06",
        ),
        # a paper signed in the sentence that tells the visit: the visit's day
        (
            "Rombongan Pemkab Lebak studi tiru ke Kabupaten Banyuwangi dan nota kesepahaman ditandatangani pada"
            " Senin, 6 Mei 2024.",
            "2024-05-06",
        ),
    ],
)
def test_a_papers_day_told_with_the_visit_keeps_it(text: str, day: str) -> None:
    assert [e.visit.start_date.isoformat() for e in extract_text(text)] == [day]


# A stay told by its length and its last day ("selama lima hari hingga 14 Juni", "selama tiga hari, hari ini
# berakhir") ends on that day: its first day is counted back from it, not forward.


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sebanyak 40 peserta PKP Kabupaten Sleman menjalani studi lapangan di Kabupaten Badung selama lima hari"
            " hingga 14 Juni 2024.",
            ("2024-06-10", "2024-06-14"),
        ),
        (
            "Rabu, 12 Juni 2024\nMALANG - Studi banding Komisi B DPRD Kabupaten Kediri di Kota Malang selama tiga"
            " hari, hari ini berakhir.",
            ("2024-06-10", "2024-06-12"),
        ),
        (
            "Peserta Latsar CPNS Kabupaten Magelang studi lapangan ke Kabupaten Sleman selama 4 (empat) hari sampai"
            " dengan Kamis (13/6/2024).",
            ("2024-06-10", "2024-06-13"),
        ),
        (
            "Kunjungan kerja DPRD Kabupaten Lumajang ke Kabupaten Jember untuk studi banding berlangsung dua hari dan"
            " berakhir pada Rabu, 12 Juni 2024.",
            ("2024-06-11", "2024-06-12"),
        ),
    ],
)
def test_a_length_told_with_its_last_day_counts_back(text: str, want) -> None:
    assert days_of(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the length told with its first day counts forward
        (
            "Peserta PKA Kabupaten Kupang benchmarking ke Kabupaten Badung selama tiga hari mulai Senin (10/6/2024).",
            ("2024-06-10", "2024-06-12"),
        ),
        # a day written after the length with no word of ending is the first
        (
            "Rombongan DPRD Kabupaten Kediri tiba di Kota Malang untuk studi banding selama tiga hari, Senin"
            " (10/6/2024).",
            ("2024-06-10", "2024-06-12"),
        ),
    ],
)
def test_a_length_told_with_its_first_day_counts_forward(text: str, want) -> None:
    assert days_of(text) == [want]


# A word of relative time standing alone on its line ("Hari ini", "Kemarin" under "Statistik Kunjungan" in a
# village website's sidebar) is a label of the page, not a day the report tells.


@pytest.mark.parametrize(
    "text",
    [
        "Rabu, 12 Juni 2024\nKepala desa se-Kecamatan Sukasada studi banding ke Kabupaten Badung untuk belajar"
        " pengelolaan sampah.\n\nStatistik Kunjungan\nHari ini\nKemarin\nJumlah Pengunjung",
        "Rabu, 12 Juni 2024\nPerangkat Desa Kalisari melakukan studi tiru ke Kabupaten Sleman soal BUMDes.\n"
        "Statistik Pengunjung\nKemarin\nMinggu ini\nTotal",
        "Rabu, 12 Juni 2024\nBPD Desa Cibodas studi banding ke Kabupaten Banyuwangi untuk mempelajari desa wisata."
        "\n\nArsip\nHari ini\nKemarin\n",
        "Rabu, 12 Juni 2024\nKomisi A DPRD Kabupaten Klaten berkunjung ke Kota Surakarta untuk studi banding"
        " pelayanan publik.\nPengunjung\n  Kemarin  \n  Hari ini  \n",
    ],
)
def test_a_relative_day_alone_on_its_line_is_a_label(text: str) -> None:
    assert days_of(text) == [(None, None)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the word opens a sentence of the story
        (
            "Rabu, 12 Juni 2024\nKemarin rombongan DPRD Kabupaten Klaten studi banding ke Kota Surakarta.\n"
            "Statistik\nHari ini",
            ("2024-06-11", "2024-06-11"),
        ),
        # ... or closes one
        (
            "Rabu, 12 Juni 2024\nRombongan DPRD Kabupaten Klaten studi banding ke Kota Surakarta hari ini.",
            ("2024-06-12", "2024-06-12"),
        ),
    ],
)
def test_a_relative_day_in_a_sentence_dates_the_visit(text: str, want) -> None:
    assert days_of(text) == [want]


# A day inside the clause a verb of saying introduces ("menjelaskan bahwa sejak Senin (10/6) rombongan …") belongs
# to what is said, not to the saying: it is no day of words said.


@pytest.mark.parametrize(
    "text",
    [
        "Kepala Bappeda menjelaskan bahwa sejak Senin (10/6/2024) rombongan berada di Kota Batam.",
        "Ketua DPRD mengatakan bahwa pada Selasa (11/6/2024) tim sudah tiba di Kabupaten Badung.",
        "Sekda menyampaikan bahwa kunjungan itu digelar Rabu, 12 Juni 2024, di Kota Malang.",
        '"Kami sudah siap," ujar Camat, lalu menegaskan bahwa studi tiru berlangsung Kamis (13/6/2024).',
    ],
)
def test_a_day_in_what_is_said_is_not_the_saying(text: str) -> None:
    at = dates.find_dates(text)[-1].start
    assert not dates.said_on(text, 0, at)


# A verb of stating with a comma right after it opens the words reported, as "bahwa" does: a day written after the
# comma, with words between, is a day of what was said; right after the comma it closes the attribution
@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Kepala desa itu menuturkan, pada Rabu (12/6/2024) desanya didatangi rombongan penyuluh.", False),
        ("Camat mengatakan, rombongan dari Kabupaten Bima tiba Selasa (11/6/2024) di kantor camat.", False),
        ("Kabid menjelaskan, hari ini, Senin (10/6/2024), para siswa turun ke desa.", False),
        ('"Kami senang dikunjungi," katanya, Senin (10/6/2024).', True),
        ("Sekda mengatakan, Senin (10/6/2024), anggaran sudah siap.", True),
    ],
)
def test_a_day_after_the_comma_of_a_stating_verb_is_of_the_words(text: str, said: bool) -> None:
    at = dates.find_dates(text)[-1].start
    assert dates.said_on(text, 0, at) is said


# ... and a day written before its verb of stating is the day of the words with or without a comma between
@pytest.mark.parametrize(
    "text",
    [
        "Ketua kelompok tani, kepada wartawan, Minggu (9/6/2024) menuturkan rombongan datang sehari sebelumnya.",
        "Ketua kelompok tani, kepada wartawan, Minggu (9/6/2024), menuturkan rombongan datang sehari sebelumnya.",
    ],
)
def test_a_day_before_the_verb_of_stating_is_the_saying(text: str) -> None:
    assert dates.verb_after_day(text, dates.find_dates(text)[0].start)


def test_the_visit_day_told_in_the_words_beats_the_day_of_the_words() -> None:
    text = (
        "KUPANG - Kepala Desa Oebelo, Yohanes Lado, kepada wartawan, Minggu (9/6/2024) menuturkan, desanya pada "
        "Sabtu (8/6/2024) siang kedatangan rombongan penyuluh peserta pelatihan dari BBPP Kupang untuk studi "
        "lapangan. Rombongan itu akan berada di desa selama tiga hari."
    )
    assert days_of(text)[0][0] == "2024-06-08"


@pytest.mark.parametrize(
    "text",
    [
        '"Rombongan sudah tiba," ujar Ketua DPRD, Senin (10/6/2024).',
        "Ia menyebut bahwa anggaran cukup, kata Sekretaris DPRD, Senin (10/6/2024).",
    ],
)
def test_a_day_closing_the_attribution_is_the_saying(text: str) -> None:
    at = dates.find_dates(text)[-1].start
    assert dates.said_on(text, 0, at)


# "di hadapan" sets words at the visit ("di hadapan rombongan", "di hadapan peserta"); before the press ("di
# hadapan awak media", "di hadapan para wartawan") it is a statement to reporters, its day the day of the words
@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('"Kami belajar soal tata tertib," kata Ketua Pansus di hadapan awak media, Jumat (14/6/2024).', True),
        ('"Bahasannya soal kode etik," ujar Ketua BK di hadapan para wartawan, Senin (10/6/2024).', True),
        ('"Selamat datang di Kota Batu," kata Wali Kota di hadapan rombongan, Senin (10/6/2024).', False),
    ],
)
def test_words_said_before_the_press_are_no_words_at_the_visit(text: str, said: bool) -> None:
    at = dates.find_dates(text)[-1].start
    assert dates.said_on(text, 0, at) is said


# A day the group did something there first ("telah lebih dulu bertemu …", "terlebih dahulu meninjau …"), told
# after the main day and a day or two before it, opens the stay
@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "BANDA ACEH - Wali Kota Banda Aceh menerima rombongan PPRA Lemhannas di balai kota, Kamis (6/6/2024). "
            "Rombongan itu telah lebih dulu berdiskusi dengan pejabat Pemkot Banda Aceh pada Selasa (4/6/2024).",
            "2024-06-04",
        ),
        (
            "MEDAN - Panja DPRD Kota Padang menjalani kunjungan kerja ke DPRD Kota Medan pada Kamis (6/6/2024). Sehari "
            "sebelumnya rombongan terlebih dahulu meninjau Mal Pelayanan Publik Medan, Rabu (5/6/2024).",
            "2024-06-05",
        ),
    ],
)
def test_a_day_done_first_opens_the_stay(text: str, first: str) -> None:
    assert days_of(text) == [(first, "2024-06-06")]


def test_a_day_done_first_long_before_is_another_trip() -> None:
    # a week before: another trip, not the first day of this one
    found = days_of(
        "BANDA ACEH - Wali Kota Banda Aceh menerima rombongan PPRA Lemhannas di balai kota, Kamis (13/6/2024). "
        "Rombongan itu telah lebih dulu berdiskusi dengan pejabat Pemerintah Kota Banda Aceh pada Kamis (6/6/2024)."
    )
    assert found == [("2024-06-13", "2024-06-13")]


# "berangkat dari" a ground ("Berangkat dari hal itu, …", "berangkat dari persoalan itulah …") is the idiom
# "proceeding from": it sets nobody out, and the day of the visit it opens is a one-day visit, not a departure
@pytest.mark.parametrize(
    "text",
    [
        "Berangkat dari hal itu, DPRD Kota Solok studi banding ke DPRD Kota Padang pada Jumat (28/6/2024).",
        "Berangkat dari persoalan itulah, Bappeda Kota Solok studi tiru ke Kota Padang, Jumat (28/6/2024).",
    ],
)
def test_berangkat_dari_a_ground_is_no_departure(text: str) -> None:
    assert days_of(text) == [("2024-06-28", "2024-06-28")]


def test_berangkat_dari_a_place_still_sets_out() -> None:
    found = days_of(
        "Rombongan DPRD Kota Solok berangkat dari Solok ke Kota Padang pada Jumat (28/6/2024) untuk studi banding."
    )
    assert found == [("2024-06-28", None)]


def test_a_visit_day_told_after_words_said_before_the_press_dates_the_visit() -> None:
    found = days_of(
        'JAMBI - Badan Kehormatan DPRD Kota Jambi studi banding ke DPRD Kota Palembang. "Bahasannya soal kode etik," '
        "ucap Ketua BK di hadapan awak media, Jumat (14/6/2024). Para anggota BK menjalankan studi banding itu pada "
        "Kamis (13/6)."
    )
    assert found == [("2024-06-13", "2024-06-13")]


# The day of return may open its clause with the verb after it: "Rabu (12/6) rombongan sudah kembali ke Blora",
# "besok [Selasa, 11/6/2024] rombongan sudah tiba kembali di Kediri": the stay's last day.


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "DPRD Kabupaten Blora studi banding ke Kota Batam sejak Senin (10/6/2024). Rabu (12/6/2024) rombongan"
            " sudah kembali ke Blora.",
            ("2024-06-10", "2024-06-12"),
        ),
        (
            "Peserta PKA Kabupaten Kupang berangkat studi lapangan ke Kabupaten Badung pada Senin (10/6/2024); Kamis"
            " (13/6/2024) mereka pulang.",
            ("2024-06-10", "2024-06-13"),
        ),
        (
            "Rombongan Komisi B DPRD Kota Kediri bertolak ke Kota Malang untuk studi banding, Senin (10/6/2024)."
            " Rencananya besok [Selasa, 11/6/2024] rombongan sudah tiba kembali di Kediri.",
            ("2024-06-10", "2024-06-11"),
        ),
        (
            "Sekretaris DPRD Kabupaten Lumajang menjelaskan bahwa sejak Senin (10/6/2024) anggota dewan studi banding"
            " ke Kabupaten Jember. Rabu (12/6/2024) mereka dijadwalkan kembali ke Lumajang.",
            ("2024-06-10", "2024-06-12"),
        ),
    ],
)
def test_a_return_day_told_before_its_verb_closes_the_stay(text: str, want) -> None:
    assert days_of(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        # "kembali" as "again"
        "DPRD Kabupaten Blora studi banding ke Kota Batam, Senin (10/6/2024). Rabu (12/6/2024) DPRD Blora kembali"
        " menggelar rapat paripurna.",
        "DPRD Kabupaten Blora studi banding ke Kota Batam, Senin (10/6/2024). Rabu (12/6/2024) rombongan kembali"
        " studi banding ke Kota Tanjungpinang.",
    ],
)
def test_kembali_as_again_closes_no_stay(text: str) -> None:
    assert days_of(text)[0] == ("2024-06-10", "2024-06-10")


# One stop of several, its stay opened on a day and its return told in the same sentence ("Mulai Selasa (24/2),
# … bertolak ke Bali dan dijadwalkan kembali Jumat (27/2)"): the return closes that stop's stay.


def _stop_days(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.visit.destination.regency, str(e.visit.start_date), str(e.visit.end_date)) for e in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Mulai Senin (10/6/2024), anggota DPRD Kabupaten Lumajang bertolak ke Kabupaten Badung untuk studi banding"
            " dan kembali pada Kamis (13/6/2024). Pada awal Juni mereka juga berkunjung ke Kota Malang untuk studi"
            " banding.",
            ("Kabupaten Badung", "2024-06-10", "2024-06-13"),
        ),
        (
            "Mulai Rabu (12/6/2024) Komisi D DPRD Kabupaten Pati berangkat ke Kabupaten Gianyar untuk studi banding dan"
            " pulang Sabtu (15/6/2024). Awal bulan ini mereka juga berkunjung ke Kota Surabaya untuk studi banding.",
            ("Kabupaten Gianyar", "2024-06-12", "2024-06-15"),
        ),
        (
            "Mulai Kamis (13/6/2024), Komisi A DPRD Kabupaten Kudus bertolak ke Kota Denpasar untuk studi banding dan"
            " kembali pada Minggu (16/6/2024). Pada awal Juni mereka juga berkunjung ke Kota Bandung untuk studi"
            " banding.",
            ("Kota Denpasar", "2024-06-13", "2024-06-16"),
        ),
        (
            "Sejak Senin (3/6/2024) anggota DPRD Kabupaten Grobogan berangkat ke Kabupaten Banyuwangi untuk studi"
            " banding dan dijadwalkan pulang Rabu (5/6/2024). Pada akhir Mei mereka juga berkunjung ke Kota"
            " Yogyakarta untuk studi banding.",
            ("Kabupaten Banyuwangi", "2024-06-03", "2024-06-05"),
        ),
    ],
)
def test_a_stops_return_in_its_sentence_closes_its_stay(text: str, want) -> None:
    assert _stop_days(text)[0] == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # each stop its own day: the next stop's day is no return
        (
            "Anggota DPRD Kabupaten Lumajang studi banding ke Kabupaten Badung pada Senin (10/6/2024), lalu ke Kota"
            " Malang pada Rabu (12/6/2024).",
            [("Kabupaten Badung", "2024-06-10", "2024-06-10"), ("Kota Malang", "2024-06-12", "2024-06-12")],
        ),
        # a stay opened, the next stop's day after it with no word of return
        (
            "Mulai Senin (10/6/2024), anggota DPRD Kabupaten Lumajang bertolak ke Kabupaten Badung untuk studi"
            " banding, lalu ke Kota Malang pada Rabu (12/6/2024).",
            [("Kabupaten Badung", "2024-06-10", "None"), ("Kota Malang", "2024-06-12", "None")],
        ),
    ],
)
def test_a_later_stops_day_is_no_return(text: str, want) -> None:
    assert _stop_days(text) == want


# ---------------------------------------------------------------- a span written after a list of the stops
# "… ke Kabupaten A dan Kabupaten B mulai Selasa (4/6) sampai Rabu (5/6)": the span is the whole trip's, no
# one stop's own days; a stop's own day told later ("tiba di Gedung DPRD B pada Rabu (5/6)") is its day.
_TWO_STOPS = (
    "Panitia Khusus DPRD Kabupaten Garut menjalani studi banding ke Kabupaten Sleman {joined} Kabupaten Klaten"
    " mulai Selasa (4/6/2024) sampai {last}.\n\nRombongan lebih dulu mendatangi DPRD Sleman untuk belajar soal"
    " penyaluran bantuan sosial.\n\nSesudah bermalam di Yogyakarta, rombongan tiba di Gedung DPRD Klaten pada"
    " Rabu (5/6/2024) dan diterima Ketua DPRD Klaten."
)


def _days_by_stop(text: str) -> dict[str | None, tuple[str | None, str | None]]:
    return {
        e.visit.destination.regency: (
            e.visit.start_date.isoformat() if e.visit.start_date else None,
            e.visit.end_date.isoformat() if e.visit.end_date else None,
        )
        for e in extract_text(text)
    }


def test_a_span_after_a_list_of_stops_is_no_one_stops_days() -> None:
    days = _days_by_stop(_TWO_STOPS.format(joined="dan", last="Rabu (5/6/2024)"))
    assert days["Kabupaten Klaten"] == ("2024-06-05", "2024-06-05")


def test_a_span_in_the_last_stops_own_clause_is_its_days() -> None:
    text = (
        "Panitia Khusus DPRD Kabupaten Garut menjalani studi banding ke Kabupaten Sleman pada Selasa (4/6/2024),"
        " lalu ke Kabupaten Klaten pada Rabu (5/6/2024) sampai Kamis (6/6/2024).\n\nRombongan lebih dulu"
        " mendatangi DPRD Sleman untuk belajar soal penyaluran bantuan sosial."
    )
    days = _days_by_stop(text)
    assert days["Kabupaten Sleman"] == ("2024-06-04", "2024-06-04")
    assert days["Kabupaten Klaten"] == ("2024-06-05", "2024-06-06")


@pytest.mark.parametrize(
    "text",
    [
        # the day the recent trip is talked of, written before the words of "recently"
        "SEMARANG, Senin (11/3/2024) - Ketua Forum Kepala Desa Kabupaten Kendal angkat bicara soal studi banding"
        " ke Kabupaten Badung yang belum lama ini diikuti puluhan kepala desa.",
        # a statement's day in a sentence of its own, the trip told as done a while before
        "Sejumlah anggota DPRD Kabupaten Jepara melakukan kunjungan kerja ke Kota Batu beberapa waktu lalu. Anggaran"
        " perjalanan itu dipersoalkan warga, kata Koordinator LSM Jepara Bersih, Rudi, Rabu (6/3/2024).",
        "Rombongan Pemkab Lahat baru-baru ini berkunjung ke Kota Bandung untuk belajar penataan pasar. Hasilnya"
        " dibahas dalam rapat evaluasi di Kantor Bupati Lahat, Selasa (5/3/2024).",
    ],
)
def test_a_visit_told_as_done_recently_takes_no_day_of_its_telling(text: str) -> None:
    assert days_of(text) == [(None, None)]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # the span written in a sentence that tells the visit is its own
        (
            "Belum lama ini peserta PKA BPSDM Provinsi Jambi menggelar studi lapangan di Kota Bogor. Studi lapangan"
            " yang berlangsung 4 hingga 6 Maret 2024 ini diikuti 40 peserta.",
            [("2024-03-04", "2024-03-06")],
        ),
        # ... and so is a day written after the words of "recently"
        (
            "Belum lama ini rombongan DPRD Kota Solok melakukan studi banding ke Kota Malang, tepatnya pada Kamis"
            " (7/3/2024).",
            [("2024-03-07", "2024-03-07")],
        ),
        # "recently" told late, of an earlier visit the other way: the visit's own day stays
        (
            "Pemkab Sleman melakukan studi banding pengelolaan sampah ke Kabupaten Kampar. Sekda Sleman bertemu"
            " Bupati Kampar di ruang kerjanya, Senin (15/1/2024). Beberapa waktu lalu Pemkab Kampar juga pernah"
            " mengunjungi Kabupaten Sleman.",
            [("2024-01-15", "2024-01-15")],
        ),
    ],
)
def test_a_day_of_the_visit_stays_beside_words_of_recently(text: str, days: list) -> None:
    assert days_of(text) == days


@pytest.mark.parametrize(
    "text",
    [
        "Rombongan DPRD Kabupaten Pati melakukan studi banding ke Kota Batu, Selasa (5/3/2024). Tiga hari lamanya,"
        " mereka mempelajari pengelolaan pariwisata desa.",
        "Bupati Kabupaten Seruyan memboyong 25 kepala dinas ke Kabupaten Banyuwangi untuk mempelajari pelayanan"
        " publik dalam tiga hari kunjungan mulai Selasa (5/3/2024).",
    ],
)
def test_a_length_told_with_no_selama_counts_from_the_first_day(text: str) -> None:
    assert days_of(text) == [("2024-03-05", "2024-03-07")]


# ---------------------------------------------------------------- a document's date
# A date written after a document's number ("Nomor 12 Tahun 2019 tanggal 4 Maret 2019") or with "tertanggal" /
# "bertanggal" is the day the letter, decree or law was signed, not the day of the visit.


@pytest.mark.parametrize(
    "sentence",
    [
        "Kunjungan itu berdasarkan Keputusan Bupati Nomor 12 Tahun 2019 tanggal 4 Maret 2019 tentang tim.",
        "Surat tugas Nomor: 094/211/DPRD/2022, tgl. 2 Mei 2022 menugaskan lima anggota.",
        "Kabupaten itu dibentuk lewat UU No. 7 Tahun 2003, tanggal 25 Februari 2003.",
        "Rombongan berangkat berbekal surat tugas tertanggal 10 Juni 2022.",
        "Undangan bertanggal 1 Agustus 2021 dikirim pemerintah kota kepada desa.",
    ],
)
def test_a_documents_date_is_no_visit_day(sentence: str) -> None:
    assert _other_event(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the visit's day, its topic after it
        "Rombongan melakukan studi banding pada tanggal 4 Maret 2019 tentang pengelolaan sampah.",
        # a number told before the visit's own clause and day
        "Berdasarkan surat Nomor 005/12, rombongan berkunjung ke Kota Batu pada tanggal 6 Maret 2023.",
        "Rombongan yang berjumlah 25 orang tiba di aula pada tanggal 6 Maret 2023.",
    ],
)
def test_a_visit_day_beside_a_document_is_the_visits(sentence: str) -> None:
    assert not _other_event(sentence)


@pytest.mark.parametrize(
    "body",
    [
        "Dasar kegiatan adalah Keputusan Bupati Nomor 12 Tahun 2019 tanggal 4 Maret 2019 tentang Tim Studi Banding."
        " Rombongan diterima Sekda Kota Denpasar pada Selasa (9/4/2019).",
        "Berbekal surat tugas tertanggal 2 April 2019, rombongan diterima Sekda Kota Denpasar pada Selasa (9/4/2019).",
        "Kota itu berdiri berdasarkan UU Nomor 1 Tahun 1992, tanggal 15 Januari 1992. Rombongan diterima Sekda"
        " Kota Denpasar pada Selasa (9/4/2019).",
    ],
)
def test_the_visit_day_is_not_the_documents(body: str) -> None:
    found = visits_of(
        "DPRD Kabupaten Sikka Studi Banding ke Denpasar",
        "Maumere - Komisi I DPRD Kabupaten Sikka melaksanakan studi banding ke Pemerintah Kota Denpasar. " + body,
    )
    assert [(v.start_date, v.end_date) for v in found] == [(dt.date(2019, 4, 9), dt.date(2019, 4, 9))]


# ---------------------------------------------------------------- a course's period
# A length of months or years told of a thing held "since" a day is a course's or an office's period: the day it
# runs since is its opening, not the day of a trip, which lasts days.


@pytest.mark.parametrize(
    "sentence",
    [
        "Diklat itu diselenggarakan selama enam bulan sejak 3 Februari 2020.",
        "Pendidikan berlangsung kurang lebih 4 bulan, mulai Senin, 2 Maret 2020.",
        "Program tersebut berjalan dua tahun lamanya terhitung sejak tanggal 1 Juli 2019.",
        "Kursus reguler itu dilaksanakan hampir sepuluh bulan, dimulai dari 14 Januari 2019.",
    ],
)
def test_a_courses_period_opens_no_visit(sentence: str) -> None:
    assert _other_event(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a month's field practice is a stay of its own
        "Praja menjalani praktik lapangan selama satu bulan, terhitung sejak 16 Maret 2015.",
        # a length of days
        "Rombongan berada di Kota Batu selama tiga hari sejak Senin, 6 Maret 2023.",
        # months that tell how long ago, the visit's day after them
        "Dua bulan setelah dilantik, rombongan berkunjung ke Kota Batu pada 6 Maret 2023.",
    ],
)
def test_a_stay_told_since_a_day_keeps_it(sentence: str) -> None:
    assert not _other_event(sentence)


def test_a_course_told_with_its_period_gives_its_trip_no_day() -> None:
    found = visits_of(
        "Peserta Diklat Lemhannas Kunjungi Sulawesi Utara",
        "Jakarta - Peserta pendidikan reguler Lembaga Ketahanan Nasional melaksanakan studi strategis dalam negeri"
        " ke Provinsi Sulawesi Utara. Pendidikan itu digelar selama sembilan bulan sejak 20 Februari 2018 dan"
        " diikuti pejabat eselon I dan II.",
    )
    assert [(v.start_date, v.end_date) for v in found] == [(None, None)]


# ---------------------------------------------------------------- a show's days
# A span written in a sentence that names a show, fair or contest (festival, pameran, expo, karnaval, iven) and
# tells no visit is the show's: the trip's day is the one its own sentence gives.

_SHOW_REPORT = (
    "Denpasar - Peserta Pelatihan Kepemimpinan Administrator Kabupaten Sikka melaksanakan studi lapangan ke"
    " Pemerintah Kota Denpasar. Rombongan diterima Sekda Kota Denpasar pada Senin (3/7/2023). {show}"
)


@pytest.mark.parametrize(
    "show",
    [
        "Pemkot juga akan menggelar Festival Sanur pada 12-14 Juli 2023 di pantai.",
        '"Tanggal 20 sampai 25 Juli ada pameran UMKM di lapangan Renon," kata Sekda.',
        "Sebelumnya Otonomi Expo 2023 berlangsung 21-23 Juni 2023 di Jakarta.",
        "Karnaval budaya digelar 5 hingga 7 Agustus 2023 dan pembukaannya Sabtu (5/8/2023) di alun-alun.",
        # a show's day is no day of returning home
        '"Puncak Festival Sanur hari Jumat (7/7/2023), saksikan dulu sebelum pulang," kata Sekda.',
    ],
)
def test_a_shows_span_is_not_the_visits(show: str) -> None:
    found = visits_of("PKA Sikka Belajar ke Denpasar", _SHOW_REPORT.format(show=show))
    assert [(v.start_date, v.end_date) for v in found] == [(dt.date(2023, 7, 3), dt.date(2023, 7, 3))]


def test_a_visits_span_beside_a_show_stays() -> None:
    found = visits_of(
        "Perbekel Klungkung Belajar ke Malang",
        "Malang - Para perbekel Kabupaten Klungkung melaksanakan studi banding ke Kelurahan Sawah, Kota Malang,"
        " selama dua hari, 21-22 Agustus 2023, karena kelurahan itu juara festival kampung tingkat nasional.",
    )
    assert [(v.start_date, v.end_date) for v in found] == [(dt.date(2023, 8, 21), dt.date(2023, 8, 22))]


# A day told with a council's or a government's meeting at home ("saat membuka Sidang III DPRD", "pada Rapat Dengar
# Pendapat dengan Komisi I", kq-22 poskupang, sr-15 suarajelata) is the meeting's: in a sentence that tells no visit,
# it is no visit day (docs/schema.md, "The day of something else"). A hall named after such meetings ("Ruang
# Sidang") where the guests are received keeps its day.
@pytest.mark.parametrize(
    "text",
    [
        'Anggota DPRD Kabupaten Alor telah studi banding ke Kabupaten Gianyar soal pariwisata. "Hasilnya harus'
        ' dipakai," kata Bupati Alor saat membuka Sidang II DPRD Alor, Senin (4/11/2019).',
        "Para kepala desa Kabupaten Bone studi banding ke Desa Ponggok, Klaten. Alasan itu dijelaskan Kepala Dinas"
        " PMD pada Rapat Dengar Pendapat dengan Komisi I di gedung DPRD Bone. Rabu, (16/06/2021).",
    ],
)
def test_the_day_of_a_meeting_at_home_dates_no_visit(text: str) -> None:
    assert days_of(text) == [(None, None)]


def test_guests_received_in_a_hall_named_for_meetings_keep_the_day() -> None:
    text = (
        "Rombongan DPRD Kabupaten Alor studi banding ke Kabupaten Gianyar soal pariwisata. Mereka diterima Sekda"
        " Gianyar di Ruang Sidang Utama Kantor Bupati, Senin (4/11/2019)."
    )
    assert days_of(text)[0][0] == "2019-11-04"


def test_a_meeting_told_with_a_date_is_found() -> None:
    assert dates.at_a_meeting("ujar Bupati saat membuka Sidang III DPRD, Jumat (1/11)", 47)
    assert not dates.at_a_meeting("diterima di Ruang Sidang Utama, Jumat (1/11)", 32)
    assert not dates.at_a_meeting("pada masa reses tahun sidang 2018-2019, Jumat (14/12)", 40)


# Of the single days written, one in a sentence that tells the visit dates it before one told first of something
# else (rr-01 tribunjateng: lessons resumed on the Friday, the teachers' trip the day before; oa-05 forum, sr-01
# pipp); a later day told with the trip is its return or end and does not.
def test_a_day_told_with_the_visit_wins_over_an_earlier_day_of_something_else() -> None:
    text = (
        "Kantor Kecamatan Tegal Barat kembali buka seperti biasa pada Jumat (11/10/2019). Sehari sebelumnya, Kamis"
        " (10/10/2019), 40 lurah Kota Tegal studi banding ke Kota Surabaya untuk belajar pelayanan publik."
    )
    assert days_of(text)[0][0] == "2019-10-10"


# A year written a few words after a contest, an award or a target ("juara Lomba Desa tahun 2019", "Anugerah Desa
# Wisata tahun 2021", "target tahun 2024") is that event's: it gives no year to a day written without one
# (docs/schema.md, "A day whose year is not written with it"; rv-13 koranjuri, beside mg-01 gawai, lc-08
# dutametro, mr-15 bpsdm kemendagri where a posting line or a year of the visit dates the day first).
def test_a_contests_year_gives_no_year_to_the_visit() -> None:
    text = (
        "Kelompok Kerja Kampung KB Kabupaten Batang studi banding ke Kabupaten Kebumen, Kamis (18/7). Kampung yang"
        " dikunjungi itu tercatat sebagai juara Lomba Kampung KB tahun 2019 tingkat provinsi."
    )
    assert days_of(text) == [(None, None)]
    assert dates.find_year_hints("juara Lomba Kampung KB tahun 2019") == []
    assert dates.find_year_hints("peserta Diklatpim IV Tahun 2019") != []


# ... and so is a year written with an election ("Pemilu tahun 2024", "persiapan Pilkada tahun 2024"): the
# election's, no year of the visit
def test_an_elections_year_gives_no_year_to_the_visit() -> None:
    text = (
        "Bawaslu Kabupaten Ngawi studi banding ke Bawaslu Kota Madiun, Kamis (13/6). Kedua lembaga membahas"
        " persiapan pengawasan Pilkada tahun 2030."
    )
    assert days_of(text) == [(None, None)]
    assert dates.find_year_hints("anggaran hibah untuk Pemilu dan pemilihan tahun 2029") == []


# A length told as the days ahead ("Empat hari ke depan, peserta …") counts from the day written
def test_the_days_ahead_count_from_the_day_written() -> None:
    text = (
        "Peserta Pelatihan Kepemimpinan Administrator Angkatan II BPSDM Jawa Tengah tiba di Kota Ambon, Senin"
        " (10/6/2024), untuk studi lapangan. Empat hari ke depan, peserta akan mempelajari pelayanan publik di"
        " sejumlah dinas."
    )
    assert days_of(text) == [("2024-06-10", "2024-06-13")]
