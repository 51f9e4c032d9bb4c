"""Round r2-extra: records that should not exist. Every sentence here is made up for these tests."""

from __future__ import annotations

from diklat_cli.extract import extract_text
from diklat_cli.models import Visit


def visits(*paragraphs: str) -> list[Visit]:
    return [e.visit for e in extract_text("\n\n".join(paragraphs))]


# ---------------------------------------------------------------- the host's namesake is the host
# A report names the host body in full once ("DPRD Provinsi Jambi") and then by its bare name ("DPRD Jambi",
# "kata Budi dari DPRD Jambi"); where that name is also a city or regency of the host's province, the bare
# name is still the host, and the host's members who speak are no second group of guests.


def senders(found: list[Visit]) -> set[str | None]:
    return {v.origin.regency or v.origin.province for v in found}


def test_host_council_member_introduced_by_the_bare_name() -> None:
    found = visits(
        "Kota Gorontalo - Pansus DPRD Kabupaten Buol melakukan studi banding ke DPRD Provinsi Gorontalo pada"
        " Kamis (9/5/2024) untuk mempelajari perda pendidikan serta mempererat hubungan kedua daerah.",
        "Namun kehadiran anggota DPRD Gorontalo dalam pertemuan itu disorot karena hanya seorang yang hadir."
        " Andi dari DPRD Gorontalo menerangkan jadwal kerja anggota dewan.",
    )
    assert senders(found) == {"Kabupaten Buol"}


def test_host_council_absent_members_then_its_speaker() -> None:
    found = visits(
        "Kota Jambi - Komisi I DPRD Kabupaten Kerinci menggelar studi banding ke DPRD Provinsi Jambi, Selasa"
        " (7/5/2024), guna mempelajari penyusunan perda inisiatif dan menjalin kerja sama kedua daerah.",
        "Sayangnya anggota DPRD Jambi tidak banyak yang hadir. Rahmat dari DPRD Jambi beralasan para anggota"
        " sedang reses.",
    )
    assert senders(found) == {"Kabupaten Kerinci"}


def test_host_council_questioned_by_its_guests() -> None:
    found = visits(
        "Kota Bengkulu - Rombongan Komisi III DPRD Kabupaten Lebong melakukan kunjungan kerja ke DPRD Provinsi"
        " Bengkulu pada Rabu (8/5/2024) untuk belajar pengawasan anggaran dan mempererat hubungan kedua lembaga.",
        "Ketidakhadiran anggota DPRD Bengkulu sempat dipertanyakan rombongan. Yusuf dari DPRD Bengkulu"
        " menjelaskan bahwa anggota dewan sedang turun ke daerah pemilihan.",
    )
    assert senders(found) == {"Kabupaten Lebong"}


def test_host_council_staff_receive_a_city_council() -> None:
    found = visits(
        "Kota Gorontalo - Delegasi DPRD Kota Palu melakukan kunjungan kerja ke DPRD Provinsi Gorontalo, Senin"
        " (13/5/2024), untuk menimba pengalaman soal pokok pikiran dewan, sekaligus mempererat silaturahmi"
        " kedua daerah.",
        "Pertemuan itu hanya dihadiri staf sekretariat karena anggota DPRD Gorontalo sedang reses. Rina dari"
        " DPRD Gorontalo lalu memaparkan alur pembahasan pokir.",
    )
    assert senders(found) == {"Kota Palu"}


def test_near_miss_a_guest_of_the_same_name_with_its_kind_written() -> None:
    found = visits(
        "DPRD Kabupaten Bogor dan DPRD Kabupaten Cianjur bersama-sama melakukan studi banding ke Pemerintah"
        " Kota Bogor, Senin (13/5/2024), untuk belajar pengelolaan transportasi. Kedua rombongan diterima"
        " Wali Kota Bogor di Balai Kota.",
    )
    assert senders(found) == {"Kabupaten Bogor", "Kabupaten Cianjur"}


def test_near_miss_two_other_councils_received_together() -> None:
    found = visits(
        "DPRD Kabupaten Kerinci dan DPRD Kabupaten Merangin bersama-sama melakukan kunjungan kerja ke DPRD"
        " Provinsi Jambi, Selasa (14/5/2024), untuk belajar penyusunan perda. Kedua rombongan diterima Ketua"
        " DPRD Jambi.",
    )
    assert senders(found) == {"Kabupaten Kerinci", "Kabupaten Merangin"}


# ---------------------------------------------------------------- trips told as a habit
# An article on a body's custom of study trips names where such trips usually go ("terbiasa menyambangi
# kota-kota seperti A dan B", "kerap studi banding ke provinsi lain"), but no trip that was made: every
# place gone to stands in a sentence of habit, with no day.


def test_council_custom_of_trips_to_big_cities() -> None:
    found = visits(
        "Untuk studi banding, anggota DPRD Kabupaten Jember terbiasa menyambangi Kota Surabaya, Kota Bandung"
        " dan Kota Denpasar.",
        "Seorang staf sekretariat menuturkan, anggaran perjalanan dinas dewan selalu habis sebelum akhir tahun.",
    )
    assert found == []


def test_officials_often_go_to_learn() -> None:
    found = visits(
        "Pejabat Pemerintah Kabupaten Sumenep kerap belajar ke Kabupaten Banyuwangi dan Kota Surabaya untuk"
        " urusan pelayanan publik, kata seorang pengamat.",
        "Menurutnya, hasil kunjungan semacam itu jarang terlihat dalam kebijakan daerah.",
    )
    assert found == []


def test_yearly_trips_counted() -> None:
    found = visits(
        "Dalam setahun, komisi-komisi DPRD Kota Kupang biasanya melakukan kunjungan kerja ke Provinsi Bali dan"
        " DKI Jakarta untuk menggali informasi soal penataan kota.",
        "Warga mempertanyakan manfaat perjalanan itu bagi pembangunan daerah.",
    )
    assert found == []


def test_favourite_destination_of_councils() -> None:
    found = visits(
        "Setiap tahun rombongan DPRD Kabupaten Kampar sering berkunjung ke Kota Batam untuk belajar soal investasi.",
        "Pengamat anggaran menilai perjalanan dinas itu perlu dievaluasi.",
    )
    assert found == []


def test_near_miss_a_habit_then_this_trip_with_its_day() -> None:
    found = visits(
        "DPRD Kabupaten Jember kerap studi banding ke kota-kota besar. Pada Senin (3/6/2024), rombongan Komisi"
        " C DPRD Kabupaten Jember melakukan studi banding ke Pemerintah Kota Surabaya untuk belajar pengelolaan"
        " sampah.",
    )
    assert len(found) == 1


def test_near_miss_a_host_often_visited_receives_a_group() -> None:
    found = visits(
        "Kabupaten Banyuwangi sering menjadi tujuan studi banding. Pemkab Banyuwangi menerima rombongan studi"
        " banding Pemerintah Kabupaten Sumenep, Rabu (5/6/2024), yang ingin belajar mal pelayanan publik.",
    )
    assert len(found) == 1


# ---------------------------------------------------------------- trips argued about, not made
# An argument over where a body's trips should go ("tidak bisa cuma ke A", "cukup studi banding ke A",
# "ada yang mau ke B") names places of trips that may or must be made, and no trip that was.


def test_council_says_trips_cannot_be_limited_to_one_province() -> None:
    found = visits(
        "DPRD Provinsi Jambi menegaskan studi banding tidak bisa hanya ke Provinsi Sumatera Selatan, sebab setiap"
        " perda membutuhkan rujukan yang berbeda.",
        "Wakil ketua dewan menilai permintaan itu membatasi kerja legislasi.",
    )
    assert found == []


def test_governor_asks_officials_to_make_do_with_a_neighbour() -> None:
    found = visits(
        "Gubernur meminta pejabat Pemerintah Provinsi Riau cukup melakukan studi banding ke Provinsi Sumatera Barat"
        " yang dinilai tidak kalah maju.",
        "Menurutnya, anggaran daerah sebaiknya dipakai untuk kebutuhan yang lebih mendesak.",
    )
    assert found == []


def test_someone_wants_to_go_to_a_far_province() -> None:
    found = visits(
        "Anggota DPRD Kabupaten Sikka ada yang mau ke Provinsi Bali untuk studi banding soal perda pariwisata,"
        " padahal perda serupa sudah ada di daerah tetangga.",
        "Aktivis antikorupsi menilai rencana itu pemborosan.",
    )
    assert found == []


def test_studies_should_go_to_the_neighbour_instead() -> None:
    found = visits(
        "Menurut pengamat, DPRD Kota Ternate seharusnya belajar ke Kota Ambon saja bila ingin studi banding"
        " soal pengelolaan pelabuhan, karena biayanya lebih murah.",
        "Ia juga meminta dewan melaporkan hasil perjalanan dinas kepada publik.",
    )
    assert found == []


def test_near_miss_a_trip_made_with_its_day_after_the_argument() -> None:
    found = visits(
        "Studi banding tidak bisa hanya ke satu daerah, kata ketua dewan. Pada Rabu (12/6/2024), Komisi II DPRD"
        " Kabupaten Sikka melakukan studi banding ke Pemerintah Provinsi Bali untuk belajar perda pariwisata.",
    )
    assert len(found) == 1


def test_near_miss_a_host_judged_quite_good_is_visited() -> None:
    found = visits(
        "Satpol PP Kabupaten Agam melakukan studi banding ke Kota Padang Panjang untuk belajar penegakan perda."
        " Kota Padang Panjang dipilih karena penataan pedagang kaki limanya dinilai cukup baik.",
    )
    assert len(found) == 1
