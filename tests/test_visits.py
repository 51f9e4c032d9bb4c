"""End to end: short invented news articles in, visit records out (`extract_text`).

Every article below is made up for these tests (officials' names are invented);
they follow the shape of cleaned article text: a headline line, then a dateline
"KOTA (Outlet) -" paragraph.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

from diklat_cli.extract import extract_text
from diklat_cli.models import Extraction, Visit

D = dt.date


def article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


PROVINCE_TO_PROVINCE = article(
    "Peserta Diklatpim III Provinsi Jambi Timba Ilmu Pelayanan Publik di Jawa Timur",
    "SURABAYA (Kabar Nusantara) - Sebanyak 32 peserta Pendidikan dan Pelatihan Kepemimpinan "
    "Tingkat III Angkatan IV Provinsi Jambi melaksanakan benchmarking ke Pemerintah Provinsi "
    "Jawa Timur pada 14-17 Agustus 2023. Kegiatan tersebut diselenggarakan oleh Badan "
    "Pengembangan Sumber Daya Manusia Provinsi Jambi.",
    "Rombongan diterima Asisten Administrasi Umum Sekretariat Daerah Provinsi Jawa Timur, "
    "Drs. Wahyu Hidayat, M.Si., di Kantor Gubernur Jawa Timur, Senin (14/8/2023).",
    "Lokus yang dikunjungi di antaranya Dinas Komunikasi dan Informatika, Badan Pendapatan "
    "Daerah, serta Dinas Penanaman Modal dan PTSP Provinsi Jawa Timur.",
    '"Kami ingin peserta melihat langsung inovasi yang sudah berjalan dan menjadi rujukan '
    'nasional," kata Kepala BPSDM Provinsi Jambi, Dr. Hasan Basri, M.Si.',
    "Menurut Hasan, hasil benchmarking akan menjadi bahan rancangan proyek perubahan masing-masing peserta.",
    "Wahyu berharap kerja sama kedua provinsi terus berlanjut setelah pelatihan selesai.",
)

REGENCY_TO_CITY = article(
    "Peserta PKA Lombok Timur Studi Lapangan ke Kota Mataram",
    "MATARAM (Warta Rinjani) - Pemerintah Kota Mataram menerima kunjungan peserta Pelatihan "
    "Kepemimpinan Administrator (PKA) Angkatan II Kabupaten Lombok Timur, Kamis (7/9/2023). "
    "Rombongan yang berjumlah dua puluh delapan orang peserta itu melaksanakan studi lapangan "
    "tentang pelayanan perizinan.",
    "Rombongan diterima Sekretaris Daerah Kota Mataram, Irwan Rahadi, di Ruang Rapat Wali Kota Mataram.",
    "Lokus studi lapangan yakni Mal Pelayanan Publik dan Dinas Kependudukan dan Pencatatan Sipil Kota Mataram.",
    '"Kami terbuka berbagi pengalaman dengan daerah tetangga," kata Irwan.',
    "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Lombok Timur, "
    "Baiq Rahmawati, mengatakan studi lapangan menjadi bekal peserta menyusun aksi perubahan.",
)

TWO_COHORTS = article(
    "Dua Angkatan PKP Sumbar Kunjungan Kerja ke Bukittinggi",
    "BUKITTINGGI (Padang Pos) - Pemerintah Kota Bukittinggi menerima kunjungan kerja peserta "
    "Pelatihan Kepemimpinan Pengawas (PKP) Angkatan V dan VI Pemerintah Provinsi Sumatera "
    "Barat, Rabu (15/5/2024).",
    "Pelatihan tersebut diselenggarakan BPSDM Provinsi Sumatera Barat. Peserta PKP Angkatan V "
    "berjumlah 35 orang, sedangkan Angkatan VI 36 orang.",
    "Rombongan diterima Sekretaris Daerah Kota Bukittinggi, Yulizar Hamdi, di Balai Kota Bukittinggi.",
    '"Silakan peserta menggali sebanyak mungkin pengalaman dari perangkat daerah kami," ujar Yulizar.',
    "Peserta Angkatan V mengunjungi Dinas Kesehatan, sementara peserta Angkatan VI mengunjungi "
    "Dinas Perdagangan Kota Bukittinggi.",
    "Rombongan didampingi empat widyaiswara dan lima panitia dari BPSDM Provinsi Sumatera Barat.",
)

TWO_PROGRAMMES = article(
    "Peserta PKA dan PKP Provinsi Bali Studi Lapangan ke Banyuwangi",
    "BANYUWANGI (Suara Blambangan) - Sebanyak 30 peserta Pelatihan Kepemimpinan Administrator "
    "(PKA) Angkatan II dan 40 peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan X "
    "Pemerintah Provinsi Bali melaksanakan studi lapangan ke Kabupaten Banyuwangi, Selasa "
    "(4/6/2024).",
    "Rombongan disambut Bupati Banyuwangi, Ketut Wiranata, di Pendopo Sabha Swagata Blambangan.",
    "Kepala BPSDM Provinsi Bali, Made Suartana, mengatakan Banyuwangi dipilih karena "
    "keberhasilannya dalam pelayanan publik berbasis digital.",
    '"Peserta kami minta mencatat hal-hal yang bisa diadaptasi di Bali," ujarnya.',
    "Selama studi lapangan, peserta berdiskusi dengan pejabat perangkat daerah setempat.",
)

LEMHANNAS = article(
    "Peserta PPRA LXVI Lemhannas Lakukan KSDN di Sulawesi Utara",
    "MANADO (Tribun Nyiur) - Sebanyak 20 peserta Program Pendidikan Reguler Angkatan (PPRA) "
    "LXVI Lemhannas RI melaksanakan Kunjungan Studi Strategis Dalam Negeri (KSSDN) ke Provinsi "
    "Sulawesi Utara pada 20-24 Mei 2024.",
    "Rombongan diterima Wakil Gubernur Sulawesi Utara, Johny Kalalo, di Kantor Gubernur Sulawesi Utara.",
    "Ketua rombongan, Hendra Wicaksono, mengatakan KSSDN bertujuan melihat langsung kondisi "
    "ketahanan daerah, terutama di bidang pangan dan perbatasan.",
    '"Sulawesi Utara kami pilih karena posisinya yang strategis di bibir Pasifik," katanya.',
    "Selama di Manado, peserta juga berdialog dengan tokoh agama dan tokoh masyarakat.",
)

PPSDM = article(
    "Peserta PKN II PPSDM Kemendagri Benchmarking ke Jambi",
    "JAMBI (Jambi Ekspres) - Pemerintah Provinsi Jambi menerima kunjungan peserta Pelatihan "
    "Kepemimpinan Nasional Tingkat II Angkatan XI PPSDM Kementerian Dalam Negeri Regional "
    "Bandung, Rabu (17/7/2024). Sebanyak 30 peserta itu melaksanakan benchmarking terkait "
    "pengelolaan keuangan daerah.",
    "Rombongan diterima Sekretaris Daerah Provinsi Jambi, Sudirman Effendi, di Auditorium Rumah Dinas Gubernur.",
    '"Kami senang Jambi dipilih sebagai lokasi benchmarking," kata Sudirman.',
    "Para peserta merupakan pejabat pimpinan tinggi pratama dari berbagai kementerian dan pemerintah daerah.",
)

TO_KOTA_MALANG = article(
    "Peserta Diklatpim IV Sumbawa Belajar ke Kota Malang",
    "MALANG (Radar Arema) - Sebanyak 35 peserta Diklatpim IV Angkatan III Kabupaten Sumbawa "
    "melaksanakan studi lapangan ke Kota Malang, Kamis (12/10/2023). Rombongan diterima "
    "Sekretaris Daerah Kota Malang, Wahyu Santoso, di Balai Kota Malang.",
    "Peserta mempelajari pengelolaan pasar rakyat dan pelayanan perizinan terpadu.",
    '"Kota Malang kami pilih karena inovasinya sudah diakui secara nasional," kata Kepala '
    "BKPSDM Kabupaten Sumbawa, Nurdin Salam.",
)

TO_KABUPATEN_MALANG = article(
    "Peserta PKP Tabalong Studi Lapangan ke Kabupaten Malang",
    "KEPANJEN (Radar Kanjuruhan) - Sebanyak 30 peserta PKP Angkatan II Kabupaten Tabalong "
    "melaksanakan studi lapangan ke Kabupaten Malang, Senin (6/11/2023). Rombongan diterima "
    "Asisten Pemerintahan Setda Kabupaten Malang, Agus Wibowo, di Pendopo Agung.",
    "Peserta mempelajari pengembangan desa wisata dan pengelolaan badan usaha milik desa.",
    '"Kami ingin desa-desa di Tabalong bisa tumbuh seperti ini," kata salah satu peserta.',
)

TO_KABUPATEN_BANJAR = article(
    "Peserta PKA Kapuas Benchmarking ke Kabupaten Banjar",
    "MARTAPURA (Kalsel Pos) - Sebanyak 25 peserta PKA Angkatan I Kabupaten Kapuas melaksanakan "
    "benchmarking ke Kabupaten Banjar, Selasa (5/3/2024). Rombongan diterima Sekretaris Daerah "
    "Kabupaten Banjar, Rahmat Fadillah, di Kantor Bupati Banjar.",
    "Peserta mempelajari pelayanan kependudukan keliling di desa-desa terpencil.",
    '"Kami senang berbagi praktik baik dengan tetangga dari Kalimantan Tengah," kata Rahmat.',
)

NO_YEAR = article(
    "Peserta Latsar CPNS Gowa Kunjungi Kota Makassar",
    "MAKASSAR (Makassar Kini) - Sebanyak 40 peserta Latsar CPNS Angkatan 12 Kabupaten Gowa "
    "melaksanakan studi lapangan ke Pemerintah Kota Makassar, Senin (3/7). Rombongan diterima "
    "Asisten Administrasi Umum Kota Makassar, Andi Faisal, di Balai Kota Makassar.",
    "Peserta mempelajari layanan pengaduan masyarakat berbasis aplikasi.",
    '"Kami ingin CPNS Gowa mengenal pelayanan yang cepat sejak awal," kata ketua rombongan.',
)

FOUR_DAYS = article(
    "Peserta PKA Kalimantan Barat Benchmarking ke Yogyakarta",
    "YOGYAKARTA (Jogja Kini) - Sebanyak 30 peserta PKA Angkatan III Pemerintah Provinsi "
    "Kalimantan Barat melaksanakan benchmarking ke Pemerintah Daerah DIY, Selasa (11/6/2024). "
    "Kegiatan benchmarking berlangsung selama empat hari.",
    "Rombongan diterima Asisten Perekonomian Setda DIY, Gatot Purnomo, di Kompleks Kepatihan.",
    "Peserta mempelajari pengelolaan dana keistimewaan dan pelestarian budaya.",
)

OPENING_CEREMONY = article(
    "Gubernur Buka Diklatpim III Angkatan II Provinsi Bengkulu",
    "BENGKULU (Rakyat Bengkulu) - Gubernur Bengkulu, Rahmat Hidayat, secara resmi membuka "
    "Pendidikan dan Pelatihan Kepemimpinan Tingkat III Angkatan II di Aula BPSDM Provinsi "
    "Bengkulu, Senin (4/3/2024).",
    "Pelatihan diikuti 40 peserta dari berbagai organisasi perangkat daerah.",
    "Dalam sambutannya, Rahmat meminta peserta serius mengikuti seluruh tahapan pelatihan.",
    "Pada tahap berikutnya, peserta akan melaksanakan benchmarking ke Provinsi Jawa Barat "
    "sebagai bahan penyusunan proyek perubahan.",
    "Kepala BPSDM Provinsi Bengkulu, Yulia Fitriani, menjelaskan pelatihan berlangsung selama empat bulan.",
    "Pembukaan ditandai dengan pemasangan tanda peserta oleh Gubernur.",
)

EXPLAINER = article(
    "Mengenal Benchmarking dalam Pelatihan Kepemimpinan",
    "JAKARTA (Info ASN) - Benchmarking merupakan salah satu tahapan dalam Pelatihan "
    "Kepemimpinan Administrator dan Pelatihan Kepemimpinan Pengawas.",
    "Dalam tahap ini, peserta mempelajari praktik terbaik dari instansi lain yang dinilai "
    "berhasil menjalankan inovasi.",
    "Menurut widyaiswara Lembaga Administrasi Negara, Dewi Anggraini, benchmarking bukan sekadar jalan-jalan.",
    '"Peserta harus mampu mengadaptasi inovasi yang dilihat ke dalam proyek perubahan di instansinya," ujarnya.',
    "Instansi yang menjadi tempat benchmarking biasanya sudah meraih penghargaan inovasi pelayanan publik.",
    "Hasil benchmarking kemudian dipaparkan dalam seminar di hadapan penguji dan mentor.",
)

GOING_HOME = article(
    "Peserta Diklatpim IV Kukar Pelajari Bank Sampah di Surabaya",
    "SURABAYA (Jatim Terkini) - Pemerintah Kota Surabaya menerima kunjungan peserta Diklatpim "
    "IV Angkatan XX Kabupaten Kutai Kartanegara, Kamis (10/10/2019). Sebanyak 40 peserta itu "
    "melaksanakan studi lapangan tentang pengelolaan bank sampah.",
    "Rombongan diterima Kepala Dinas Lingkungan Hidup Kota Surabaya, Eko Prasetyo, di Taman Surya.",
    '"Sepulang ke Kutai Kartanegara, peserta harus membawa gagasan yang bisa langsung '
    'dikerjakan," kata Kepala BPSDM Kabupaten Kutai Kartanegara, Ahmad Ridwan.',
    "Ia berharap inovasi bank sampah dapat diterapkan di Kutai Kartanegara mulai tahun depan.",
    "Menurut Ahmad, peserta akan kembali ke Kutai Kartanegara pada Sabtu pagi.",
)

WITH_VISITS = {
    "province_to_province": PROVINCE_TO_PROVINCE,
    "regency_to_city": REGENCY_TO_CITY,
    "two_cohorts": TWO_COHORTS,
    "two_programmes": TWO_PROGRAMMES,
    "lemhannas": LEMHANNAS,
    "ppsdm": PPSDM,
    "to_kota_malang": TO_KOTA_MALANG,
    "to_kabupaten_malang": TO_KABUPATEN_MALANG,
    "to_kabupaten_banjar": TO_KABUPATEN_BANJAR,
    "four_days": FOUR_DAYS,
    "going_home": GOING_HOME,
}


@cache
def extract(text: str) -> tuple[Extraction, ...]:
    return tuple(extract_text(text))


def only_visit(text: str) -> Visit:
    found = extract(text)
    assert len(found) == 1, [e.visit.program for e in found]
    return found[0].visit


def by_cohort(text: str) -> dict[int | None, Visit]:
    return {e.visit.cohort: e.visit for e in extract(text)}


# ---------------------------------------------------------------- one visit, province to province


def test_province_to_province_core_fields() -> None:
    v = only_visit(PROVINCE_TO_PROVINCE)
    assert v.program == "Diklatpim III"
    assert v.cohort == 4
    assert v.activity == "benchmarking"
    assert v.participants == 32
    assert v.origin.province == "Jambi"
    assert v.origin.regency is None
    assert v.destination.province == "Jawa Timur"
    assert v.destination.regency is None
    assert (v.start_date, v.end_date) == (D(2023, 8, 14), D(2023, 8, 17))


def test_province_to_province_lokus() -> None:
    v = only_visit(PROVINCE_TO_PROVINCE)
    assert sorted(v.host_agencies) == sorted(
        [
            "Dinas Komunikasi dan Informatika",
            "Badan Pendapatan Daerah",
            "Dinas Penanaman Modal dan PTSP",
        ]
    )


def test_province_to_province_secondary_fields() -> None:
    v = only_visit(PROVINCE_TO_PROVINCE)
    assert v.organizer == "Badan Pengembangan Sumber Daya Manusia Provinsi Jambi"
    assert v.destination.host == "Pemerintah Provinsi Jawa Timur"
    names = {o.name for o in v.officials}
    assert {"Wahyu Hidayat", "Hasan Basri"} <= names


def test_province_to_province_source() -> None:
    v = only_visit(PROVINCE_TO_PROVINCE)
    assert v.source.title == PROVINCE_TO_PROVINCE.split("\n")[0]
    assert v.source.outlet == "Kabar Nusantara"
    assert v.source.dateline == "Surabaya"


# ---------------------------------------------------------------- regency to city, count in words


def test_regency_to_city() -> None:
    v = only_visit(REGENCY_TO_CITY)
    assert v.program == "PKA"
    assert v.cohort == 2
    assert v.activity == "studi lapangan"
    assert v.participants == 28
    assert v.origin.province == "Nusa Tenggara Barat"
    assert v.origin.regency == "Kabupaten Lombok Timur"
    assert v.destination.province == "Nusa Tenggara Barat"
    assert v.destination.regency == "Kota Mataram"
    assert v.destination.host == "Pemerintah Kota Mataram"
    assert (v.start_date, v.end_date) == (D(2023, 9, 7), D(2023, 9, 7))


def test_regency_to_city_lokus() -> None:
    v = only_visit(REGENCY_TO_CITY)
    assert sorted(v.host_agencies) == [
        "Dinas Kependudukan dan Pencatatan Sipil",
        "Mal Pelayanan Publik",
    ]


# ---------------------------------------------------------------- two cohorts, two visits


def test_two_cohorts_are_two_visits() -> None:
    visits = by_cohort(TWO_COHORTS)
    assert sorted(visits, key=str) == [5, 6]
    for v in visits.values():
        assert v.program == "PKP"
        assert v.activity == "kunjungan kerja"
        assert v.origin.province == "Sumatera Barat"
        assert v.destination.province == "Sumatera Barat"
        assert v.destination.regency == "Kota Bukittinggi"
        assert (v.start_date, v.end_date) == (D(2024, 5, 15), D(2024, 5, 15))


def test_two_cohorts_have_their_own_participants() -> None:
    visits = by_cohort(TWO_COHORTS)
    assert visits[5].participants == 35
    assert visits[6].participants == 36


def test_two_cohorts_have_their_own_lokus() -> None:
    visits = by_cohort(TWO_COHORTS)
    assert visits[5].host_agencies == ["Dinas Kesehatan"]
    assert visits[6].host_agencies == ["Dinas Perdagangan"]


# ---------------------------------------------------------------- two programmes, two visits


def test_two_programmes_are_two_visits() -> None:
    found = extract(TWO_PROGRAMMES)
    got = sorted((e.visit.program, e.visit.cohort, e.visit.participants) for e in found)
    assert got == [("PKA", 2, 30), ("PKP", 10, 40)]
    for e in found:
        v = e.visit
        assert v.activity == "studi lapangan"
        assert v.origin.province == "Bali"
        assert v.destination.province == "Jawa Timur"
        assert v.destination.regency == "Kabupaten Banyuwangi"
        assert (v.start_date, v.end_date) == (D(2024, 6, 4), D(2024, 6, 4))


# ---------------------------------------------------------------- national senders


def test_lemhannas_is_a_national_sender() -> None:
    v = only_visit(LEMHANNAS)
    assert v.program == "PPRA"
    assert v.cohort == 66
    assert v.activity == "ksdn"
    assert v.participants == 20
    assert v.origin.province is None
    assert v.origin.regency is None
    assert v.origin.institution is not None and "Lemhannas" in v.origin.institution
    assert v.destination.province == "Sulawesi Utara"
    assert v.destination.regency is None
    assert (v.start_date, v.end_date) == (D(2024, 5, 20), D(2024, 5, 24))


def test_ppsdm_kemendagri_is_a_national_sender() -> None:
    v = only_visit(PPSDM)
    assert v.program == "PKN II"
    assert v.cohort == 11
    assert v.activity == "benchmarking"
    assert v.participants == 30
    assert v.origin.province is None
    assert v.origin.regency is None
    assert v.destination.province == "Jambi"
    assert v.destination.regency is None
    assert (v.start_date, v.end_date) == (D(2024, 7, 17), D(2024, 7, 17))


# ---------------------------------------------------------------- homonyms


@pytest.mark.parametrize(
    ("text", "origin", "destination"),
    [
        (
            TO_KOTA_MALANG,
            ("Nusa Tenggara Barat", "Kabupaten Sumbawa"),
            ("Jawa Timur", "Kota Malang"),
        ),
        (
            TO_KABUPATEN_MALANG,
            ("Kalimantan Selatan", "Kabupaten Tabalong"),
            ("Jawa Timur", "Kabupaten Malang"),
        ),
        (
            TO_KABUPATEN_BANJAR,
            ("Kalimantan Tengah", "Kabupaten Kapuas"),
            ("Kalimantan Selatan", "Kabupaten Banjar"),
        ),
    ],
    ids=["kota-malang", "kabupaten-malang", "kabupaten-banjar"],
)
def test_homonym_regions(text: str, origin: tuple[str, str], destination: tuple[str, str]) -> None:
    v = only_visit(text)
    assert (v.origin.province, v.origin.regency) == origin
    assert (v.destination.province, v.destination.regency) == destination


# ---------------------------------------------------------------- dates


def test_date_without_year_takes_year_of_publication() -> None:
    v = only_visit_with(NO_YEAR, published=D(2023, 7, 5))
    assert (v.start_date, v.end_date) == (D(2023, 7, 3), D(2023, 7, 3))
    assert v.source.published == D(2023, 7, 5)


def test_date_without_any_year_is_unknown() -> None:
    v = only_visit(NO_YEAR)
    assert v.start_date is None
    assert v.end_date is None
    # the rest of the visit is still there
    assert v.program == "Latsar CPNS"
    assert v.cohort == 12
    assert v.participants == 40
    assert v.destination.regency == "Kota Makassar"
    assert v.origin.regency == "Kabupaten Gowa"


def test_day_and_duration_give_date_range() -> None:
    v = only_visit(FOUR_DAYS)
    assert (v.start_date, v.end_date) == (D(2024, 6, 11), D(2024, 6, 14))
    assert v.origin.province == "Kalimantan Barat"
    assert v.destination.province == "DI Yogyakarta"


def only_visit_with(text: str, **kwargs) -> Visit:
    found = extract_text(text, **kwargs)
    assert len(found) == 1, [e.visit.program for e in found]
    return found[0].visit


def test_title_and_outlet_arguments_win() -> None:
    v = only_visit_with(REGENCY_TO_CITY, title="Judul Lain", outlet="Koran Lain")
    assert v.source.title == "Judul Lain"
    assert v.source.outlet == "Koran Lain"


# ---------------------------------------------------------------- no visit


def test_opening_ceremony_is_not_a_visit() -> None:
    assert extract(OPENING_CEREMONY) == ()


def test_explainer_is_not_a_visit() -> None:
    assert extract(EXPLAINER) == ()


def test_empty_text_is_not_a_visit() -> None:
    assert extract("") == ()


# ---------------------------------------------------------------- origin vs destination


def test_going_home_does_not_flip_origin_and_destination() -> None:
    v = only_visit(GOING_HOME)
    assert v.program == "Diklatpim IV"
    assert v.cohort == 20
    assert v.participants == 40
    assert v.origin.regency == "Kabupaten Kutai Kartanegara"
    assert v.origin.province == "Kalimantan Timur"
    assert v.destination.regency == "Kota Surabaya"
    assert v.destination.province == "Jawa Timur"
    assert (v.start_date, v.end_date) == (D(2019, 10, 10), D(2019, 10, 10))


# ---------------------------------------------------------------- evidence


def _filled_fields(v: Visit) -> list[str]:
    data = v.model_dump()
    paths = []
    for key, value in data.items():
        if isinstance(value, dict):
            paths += [f"{key}.{k}" for k, sub in value.items() if sub not in (None, [], "")]
        elif value not in (None, [], ""):
            paths.append(key)
    return paths


REGENCY_FIELDS = ("origin.regency", "destination.regency")


def _unbacked(text: str, e: Extraction) -> list[str]:
    """Filled fields of a visit with no span in the article, and spans outside the text."""
    for path, ev in e.evidence.items():
        for start, end in ev.spans:
            assert 0 <= start < end <= len(text), (path, start, end)
    return [path for path in _filled_fields(e.visit) if path not in e.evidence or not e.evidence[path].spans]


@pytest.mark.parametrize("name", sorted(WITH_VISITS))
def test_every_filled_field_has_a_span(name: str) -> None:
    text = WITH_VISITS[name]
    for e in extract(text):
        missing = [p for p in _unbacked(text, e) if p not in REGENCY_FIELDS]
        assert missing == [], f"{name}: no span for {missing}"


@pytest.mark.parametrize("name", sorted(WITH_VISITS))
def test_regency_fields_have_a_span(name: str) -> None:
    # kept apart from the test above so that one missing evidence key shows as one failure
    text = WITH_VISITS[name]
    for e in extract(text):
        missing = [p for p in _unbacked(text, e) if p in REGENCY_FIELDS]
        assert missing == [], f"{name}: no span for {missing}"


PROGRAM_FORMS = {
    "Diklatpim III": ("Pendidikan dan Pelatihan Kepemimpinan", "Diklatpim III"),
    "Diklatpim IV": ("Diklatpim IV",),
    "PKA": ("PKA", "Pelatihan Kepemimpinan Administrator"),
    "PKP": ("PKP", "Pelatihan Kepemimpinan Pengawas"),
    "PKN II": ("PKN II", "Pelatihan Kepemimpinan Nasional"),
    "PPRA": ("PPRA", "Pendidikan Reguler"),
    "Latsar CPNS": ("Latsar CPNS",),
}
# how each article writes its cohort numbers
COHORT_FORMS = {
    1: "I",
    2: "II",
    3: "III",
    4: "IV",
    5: "V",
    6: "VI",
    10: "X",
    11: "XI",
    12: "12",
    20: "XX",
    66: "LXVI",
}
PARTICIPANT_WORDS = {28: "dua puluh delapan"}


@pytest.mark.parametrize("name", sorted({**WITH_VISITS, "no_year": NO_YEAR}))
def test_spans_show_the_written_form(name: str) -> None:
    text = {**WITH_VISITS, "no_year": NO_YEAR}[name]
    for e in extract(text):
        v, ev = e.visit, e.evidence
        if v.program:
            written = [text[s:t] for s, t in ev["program"].spans]
            assert written, "no program span"
            assert all(any(form in w for form in PROGRAM_FORMS[v.program]) for w in written), written
        if v.cohort is not None:
            (s, t), *_ = ev["cohort"].spans
            assert text[s:t].split()[-1] == COHORT_FORMS.get(v.cohort), (v.cohort, text[s:t])
        if v.participants is not None:
            (s, t), *_ = ev["participants"].spans
            assert text[s:t] == PARTICIPANT_WORDS.get(v.participants, str(v.participants))


def test_participants_span_in_words() -> None:
    (e,) = extract(REGENCY_TO_CITY)
    (s, t), *_ = e.evidence["participants"].spans
    assert REGENCY_TO_CITY[s:t] == "dua puluh delapan"


def test_date_span_points_at_the_date() -> None:
    (e,) = extract(PROVINCE_TO_PROVINCE)
    (s, t), *_ = e.evidence["start_date"].spans
    assert "14" in PROVINCE_TO_PROVINCE[s:t] and "Agustus" in PROVINCE_TO_PROVINCE[s:t]


def test_organizer_of_the_origin_is_kept_when_it_sits_in_the_hosts_province() -> None:
    # Bone Bolango and Kabupaten Gorontalo are neighbours in one province: the training body of
    # the travelling regency is still the organizer, not an agency of the host
    text = (
        "Peserta PKP Studi Lapangan ke Kabupaten Gorontalo\n"
        "LIMBOTO — Sebanyak 30 peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan II Kabupaten "
        "Bone Bolango melaksanakan studi lapangan ke Pemerintah Kabupaten Gorontalo, Selasa (12/3/2024). "
        "Kegiatan tersebut diselenggarakan oleh BKPSDM Kabupaten Bone Bolango. Rombongan diterima "
        "Sekretaris Daerah Kabupaten Gorontalo di Dinas Kesehatan dan Dinas Perhubungan."
    )
    visit = only_visit(text)
    assert visit.destination.regency == "Kabupaten Gorontalo"
    assert visit.origin.regency == "Kabupaten Bone Bolango"
    assert visit.organizer == "BKPSDM Kabupaten Bone Bolango"


def test_a_lead_paragraph_on_the_first_line_is_not_a_headline() -> None:
    # without a headline the first line is the lead: the training body named there is the
    # organizer, in full, not a shorter mention further down
    text = (
        "Kendari (ANTARA) - Pemerintah Kota Kendari menjadi tujuan studi lapangan 40 peserta "
        "Pelatihan Kepemimpinan Administrator (PKA) Angkatan II yang digelar Badan Pengembangan Sumber "
        "Daya Manusia (BPSDM) Provinsi Sulawesi Selatan, Rabu (8/5/2024).\n"
        "Kepala BPSDM Sulsel mengatakan peserta mempelajari inovasi pelayanan publik di Mal "
        "Pelayanan Publik Kota Kendari."
    )
    visit = only_visit(text)
    assert visit.destination.regency == "Kota Kendari"
    assert visit.organizer == "Badan Pengembangan Sumber Daya Manusia (BPSDM) Provinsi Sulawesi Selatan"


# ---------------------------------------------------------------- generalisation (issue 11)
# Invented sentences for each family of how reports state a visit.


def _visits(*paragraphs: str) -> list[Visit]:
    return [e.visit for e in extract_text(article(*paragraphs))]


def test_officials_study_trip_without_programme_is_a_visit() -> None:
    found = _visits(
        "Camat dan Lurah Kota Cimahi Studi Banding ke Surabaya",
        "SURABAYA (Warta Pantura) - Sebanyak 24 camat dan lurah Kota Cimahi melakukan studi "
        "banding ke Pemerintah Kota Surabaya, Rabu (8/5/2024), untuk belajar pengelolaan sampah.",
        "Rombongan diterima Asisten Pemerintahan Kota Surabaya, Hendra Gunawan.",
    )
    assert len(found) == 1
    v = found[0]
    assert (v.program, v.cohort, v.activity) == (None, None, "studi banding")
    assert v.destination.regency == "Kota Surabaya"
    assert v.origin.regency == "Kota Cimahi"


@pytest.mark.parametrize(
    ("phrase", "activity"),
    [
        ("melakukan study banding", "studi banding"),
        ("melakukan studi tiru", "studi banding"),
        ("melakukan kaji banding", "studi banding"),
        ("melakukan study lapangan", "studi lapangan"),
    ],
)
def test_spellings_and_synonyms_of_the_activity(phrase: str, activity: str) -> None:
    found = _visits(
        f"KENDARI (Suara Sultra) - Rombongan perangkat desa se-Kecamatan Ranomeeto {phrase} ke "
        "Desa Wisata Tete Batu, Kabupaten Lombok Timur, Selasa (3/9/2024).",
    )
    assert [v.activity for v in found] == [activity]


@pytest.mark.parametrize(
    ("words", "activity"),
    [
        (
            "melakukan kunjungan kerja ke Pemerintah Kota Blitar. Studi banding ini membahas retribusi pasar.",
            "studi banding",
        ),
        (
            "melaksanakan studi lapangan ke Pemerintah Kota Blitar. Benchmarking itu membahas retribusi pasar.",
            "benchmarking",
        ),
        (
            "melaksanakan studi banding ke Pemerintah Kota Blitar sebagai bagian dari Studi Strategis Dalam Negeri.",
            "ksdn",
        ),
    ],
)
def test_the_most_specific_activity_wins(words: str, activity: str) -> None:
    found = _visits(f"BLITAR (Kabar Blitar) - Sebanyak 30 peserta PKA Angkatan IV Kabupaten Ngawi {words}")
    assert [v.activity for v in found] == [activity]


def test_activity_then_a_few_words_then_the_place_is_a_visit() -> None:
    found = _visits(
        "MAMUJU (Warta Mandar) - Sebanyak 35 peserta PKP Angkatan II Tahun 2021 mengikuti studi lapangan "
        "tata kelola arsip ke Provinsi Gorontalo secara virtual, Rabu (4/8/2021).",
    )
    assert [(v.program, v.cohort, v.activity, v.destination.province) for v in found] == [
        ("PKP", 2, "studi lapangan", "Gorontalo")
    ]


def test_a_send_off_is_a_planned_visit() -> None:
    found = _visits(
        "PALU (Kabar Tadulako) - Sekretaris Daerah Kabupaten Sigi melepas keberangkatan 28 peserta "
        "PKA Angkatan III untuk studi inovasi daerah di Provinsi Bali, Senin (9/10/2023).",
    )
    assert [(v.program, v.cohort, v.destination.province) for v in found] == [("PKA", 3, "Bali")]
    assert found[0].start_date == D(2023, 10, 9)


def test_a_sentence_about_this_trip_is_not_an_explainer() -> None:
    found = _visits(
        "WAINGAPU (Flores Kini) - Sejumlah kepala desa Kabupaten Sumba Timur menjalani studi banding di "
        "Provinsi Bali pada 4-7 Juni 2024.",
        "Tujuan studi banding ini ialah mempelajari pengelolaan desa wisata.",
    )
    assert [(v.activity, v.destination.province) for v in found] == [("studi banding", "Bali")]


def test_talk_about_study_trips_without_a_traveller_is_not_a_visit() -> None:
    found = _visits(
        "JAKARTA (Warta Ibu Kota) - Menteri mengkritik kepala daerah yang gemar studi banding ke luar negeri.",
        '"Lebih baik studi banding ke Kota Surabaya atau Kota Tangerang saja," katanya, Rabu (3/7/2019).',
    )
    assert found == []


def test_a_family_word_before_a_named_programme_is_not_a_second_programme() -> None:
    found = _visits(
        "MADIUN (Kabar Madiun) - Sebanyak 12 peserta Program Diklat Kepemimpinan Sespimmen Polri Dikreg "
        "ke-64 menjalani kuliah kerja profesi di Polres Madiun, Senin (5/8/2024).",
    )
    assert [(v.program, v.cohort, v.activity) for v in found] == [("Sespimmen", 64, "other")]


def test_unknown_programme_keeps_its_visit() -> None:
    found = _visits(
        "KUDUS (Warta Muria) - Sebanyak 30 peserta Diklat Penyuluh Perikanan Kabupaten Rembang melakukan "
        "studi lapangan ke tambak udang di Kabupaten Kudus, Kamis (6/6/2024).",
    )
    assert [(v.program, v.activity, v.participants) for v in found] == [
        ("Diklat Penyuluh Perikanan", "studi lapangan", 30)
    ]


# ---------------------------------------------------------------- one article, several visits


def _where(found: list[Visit]) -> list[tuple]:
    return sorted((v.destination.regency or v.destination.province, v.participants) for v in found)


def test_groups_sent_to_a_list_of_places_are_one_visit_each() -> None:
    found = _visits(
        "SEMARANG (Warta Jateng) - Sebanyak 90 peserta PKA Angkatan VII Provinsi Jambi melaksanakan "
        "studi lapangan, Senin (2/9/2024). Peserta dibagi menjadi tiga kelompok, masing-masing ke "
        "Kabupaten Kendal, Kabupaten Demak dan Kota Salatiga.",
    )
    # the 90 is the whole cohort's: never repeated on (or split among) the groups that went at once
    assert _where(found) == [("Kabupaten Demak", None), ("Kabupaten Kendal", None), ("Kota Salatiga", None)]
    assert {(v.program, v.cohort, v.start_date) for v in found} == {("PKA", 7, D(2024, 9, 2))}


@pytest.mark.parametrize(
    "split",
    [
        "Ke-40 peserta itu dibagi menjadi dua kelompok.",
        "Kelompok pertama ke Kabupaten Karanganyar, sedangkan kelompok lain ke Kota Surakarta.",
    ],
)
def test_a_total_of_groups_split_up_is_no_groups_count(split: str) -> None:
    found = _visits(
        "SOLO (Kabar Solo) - Sebanyak 40 peserta PKP Angkatan IV Kabupaten Blora melaksanakan studi "
        "lapangan ke Kabupaten Karanganyar dan Kota Surakarta, Selasa (6/8/2024). " + split,
    )
    assert _where(found) == [("Kabupaten Karanganyar", None), ("Kota Surakarta", None)]


def test_one_group_touring_two_places_keeps_its_count() -> None:
    found = _visits(
        "SOLO (Kabar Solo) - Sebanyak 40 peserta PKP Angkatan IV Kabupaten Blora melaksanakan studi "
        "lapangan ke Kabupaten Karanganyar, lalu ke Kota Surakarta, Selasa (6/8/2024).",
    )
    assert all(v.participants == 40 for v in found)


def test_each_group_keeps_its_own_head_count() -> None:
    found = _visits(
        "MAKASSAR (Kabar Celebes) - Peserta PKN Tingkat II Angkatan III melaksanakan studi lapangan, "
        "Rabu (5/6/2024). Sebanyak 25 peserta menuju Kabupaten Gowa, sementara 20 peserta lainnya "
        "mendatangi Kabupaten Bantaeng.",
    )
    assert _where(found) == [("Kabupaten Bantaeng", 20), ("Kabupaten Gowa", 25)]


def test_counts_joined_by_dan_are_not_added_up() -> None:
    found = _visits(
        "SLEMAN (Kabar Mataram) - Peserta PKP Angkatan II Kabupaten Kebumen melakukan benchmarking, "
        "Kamis (4/7/2024): 25 peserta ke Kabupaten Sleman dan 15 peserta ke Kabupaten Bantul.",
    )
    assert _where(found) == [("Kabupaten Bantul", 15), ("Kabupaten Sleman", 25)]


def test_two_sending_bodies_received_together_are_two_visits() -> None:
    found = _visits(
        "BANYUMAS (Kabar Serayu) - DPRD Kabupaten Cilacap dan DPRD Kota Pekalongan mengadakan studi "
        "banding ke DPRD Kabupaten Banyumas, Kamis (13/8/2020).",
        "Rombongan dari Kabupaten Cilacap berjumlah 14 orang, sementara dari Kota Pekalongan berjumlah 9 orang.",
    )
    got = sorted((v.origin.regency, v.participants, v.destination.regency) for v in found)
    assert got == [
        ("Kabupaten Cilacap", 14, "Kabupaten Banyumas"),
        ("Kota Pekalongan", 9, "Kabupaten Banyumas"),
    ]


def test_one_destination_named_twice_is_one_visit() -> None:
    found = _visits(
        "BLITAR (Kabar Blitar) - Sebanyak 30 peserta PKA Angkatan IV Kabupaten Ngawi melaksanakan "
        "benchmarking ke Pemerintah Kota Blitar, Rabu (3/7/2024). Bupati Ngawi dan Wali Kota Blitar "
        "menandatangani kesepakatan kerja sama.",
    )
    assert len(found) == 1


def test_a_visit_to_learn_without_a_study_word_is_a_visit_of_another_name() -> None:
    found = _visits(
        "MANGUPURA (Kabar Dewata) - Rombongan DPRD Kabupaten Klaten datang ke DPRD Kabupaten Badung, "
        "Selasa (5/9/2023), untuk belajar tentang pajak hotel dan restoran.",
    )
    assert [(v.program, v.activity, v.origin.regency, v.destination.regency) for v in found] == [
        (None, "other", "Kabupaten Klaten", "Kabupaten Badung")
    ]


def test_a_courtesy_call_without_learning_is_not_a_visit() -> None:
    found = _visits(
        "MANGUPURA (Kabar Dewata) - Rombongan Bupati Kabupaten Klaten datang ke Kabupaten Badung, "
        "Selasa (5/9/2023), untuk menghadiri pernikahan kerabat.",
    )
    assert found == []


def test_a_second_group_that_also_came_is_its_own_visit() -> None:
    found = _visits(
        "BANYUWANGI (Kabar Blambangan) - Selain rombongan Pemkab Kebumen sebanyak 60 orang, turut hadir "
        "rombongan Pemkab Blora sebanyak 25 orang untuk belajar ke Kabupaten Banyuwangi, Rabu (3/5/2023).",
    )
    got = sorted((v.origin.regency, v.participants) for v in found)
    assert got == [("Kabupaten Blora", 25), ("Kabupaten Kebumen", 60)]


def test_two_programmes_written_together_without_cohorts_are_two_visits() -> None:
    found = _visits(
        "MALANG (Kabar Arema) - Wali Kota Malang menerima kunjungan studi lapangan peserta Pelatihan "
        "Kepemimpinan Administrator (PKA) dan Pelatihan Kepemimpinan Pengawas (PKP) dari BPSDM "
        "Kementerian Dalam Negeri, Kamis (7/3/2024).",
    )
    assert sorted(v.program for v in found) == ["PKA", "PKP"]


def test_a_programme_named_later_without_a_cohort_is_not_a_second_visit() -> None:
    found = _visits(
        "MALANG (Kabar Arema) - Wali Kota Malang menerima kunjungan studi lapangan peserta PKA Angkatan "
        "III Kabupaten Jember, Kamis (7/3/2024). Tahun lalu Kota Malang juga menjadi lokus PKP.",
    )
    assert [v.program for v in found] == ["PKA"]


def test_a_group_count_beats_the_cohort_total_in_the_dateline_clause() -> None:
    found = _visits(
        "Gowa – Studi lapangan diikuti 50 peserta PKN Tingkat II Angkatan IV, Selasa (4/6/2024). Sebanyak "
        "30 peserta mendatangi Kabupaten Gowa, sementara 20 orang peserta lainnya menuju Kabupaten Takalar.",
    )
    assert _where(found) == [("Kabupaten Gowa", 30), ("Kabupaten Takalar", 20)]


def test_a_cohort_written_before_the_programme() -> None:
    found = _visits(
        "PALEMBANG (Kabar Musi) - Gubernur menerima kunjungan Pasis Dikreg XLVIII Sesko TNI dalam rangka "
        "kuliah kerja dalam negeri, Senin (19/8/2021).",
    )
    assert [(v.program, v.cohort) for v in found] == [("Sesko TNI", 48)]


def test_a_cohort_named_in_another_sentence_than_the_programme() -> None:
    found = _visits(
        "MADIUN (Kabar Madiun) - Pemerintah Kota Madiun kembali menjadi tujuan belajar. Kali ini yang datang "
        "adalah rombongan Angkatan III dari Kabupaten Nganjuk, Senin (4/3/2024).",
        "Mereka adalah peserta PKA yang melaksanakan studi lapangan tentang pelayanan perizinan.",
    )
    assert [(v.program, v.cohort) for v in found] == [("PKA", 3)]


def test_a_wave_of_a_village_trip_is_not_a_cohort() -> None:
    found = _visits(
        "MATARAM (Kabar Rinjani) - Rombongan kepala desa Kabupaten Deli Serdang melakukan studi banding ke "
        "Kabupaten Lombok Tengah, Senin (6/5/2024). Keberangkatan dibagi menjadi dua gelombang; gelombang "
        "pertama berangkat hari ini.",
    )
    assert found and all(v.cohort is None for v in found)


def test_an_outing_in_the_participants_own_regency_is_not_a_study_visit() -> None:
    found = _visits(
        "SINJAI (Kabar Utara) - Sebanyak 40 pejabat di lingkungan Pemerintah Kabupaten Sinjai tengah "
        "mengikuti Diklatpim IV. Dalam pelaksanaan diklat ini ada kegiatan visitasi: peserta berkunjung "
        "ke makam pahlawan di Sinjai, Senin (2/5/2016).",
    )
    assert found == []


def test_the_hosts_own_officials_do_not_make_a_visit_stay_home() -> None:
    found = _visits(
        "PARIT MALINTANG (Kabar Piaman) - Kabupaten Padang Pariaman menjadi daerah tujuan studi lapangan peserta "
        "PKA Angkatan II PPSDM Regional Bukittinggi, Senin (22/9/2025). Peserta disambut pejabat di "
        "lingkungan Pemkab Padang Pariaman.",
    )
    assert [(v.program, v.destination.regency) for v in found] == [("PKA", "Kabupaten Padang Pariaman")]


def test_senders_told_sentence_by_sentence_that_came_together() -> None:
    found = _visits(
        "BANYUWANGI (Kabar Blambangan) - Rombongan Pemkot Tarakan datang ke Banyuwangi untuk belajar "
        "pengelolaan pariwisata, Jumat (9/11/2018). Rombongan Pemkot Tarakan membawa 20 orang kepala dinas.",
        "Pada saat yang sama, rombongan Pemkab Klaten juga berkunjung ke Banyuwangi untuk belajar pelayanan publik.",
    )
    got = sorted((v.origin.regency, v.destination.regency) for v in found)
    assert got == [("Kabupaten Klaten", "Kabupaten Banyuwangi"), ("Kota Tarakan", "Kabupaten Banyuwangi")]


def test_both_senders_listed_with_their_provinces() -> None:
    found = _visits(
        "PALANGKA RAYA (Kabar Kahayan) - Dalam sehari dua lembaga dewan dari luar daerah belajar di DPRD "
        "Kota Palangka Raya, Selasa (10/12/2019). Keduanya ialah DPRD Kabupaten Gianyar, Provinsi Bali dan "
        "DPRD Kota Banjarbaru, Kalimantan Selatan.",
    )
    got = sorted((v.origin.regency, v.destination.regency) for v in found)
    assert got == [("Kabupaten Gianyar", "Kota Palangkaraya"), ("Kota Banjarbaru", "Kota Palangkaraya")]


def test_a_sender_and_a_destination_separated_by_a_comma_are_not_a_list() -> None:
    found = _visits(
        "MUARA ENIM (Kabar Sumsel) - Studi banding sejumlah kepala desa di Kabupaten Muara Enim, Sumatera "
        "Selatan, ke Provinsi Bali berlangsung pada 12-16 Desember 2024.",
    )
    assert [v.destination.province for v in found] == ["Bali"]


def test_a_list_of_destinations_is_enough_without_any_other_destination_cue() -> None:
    found = _visits(
        "JAKARTA (Warta Nasional) - Peserta PPRA Angkatan 67 menjalani Studi Strategis Dalam Negeri pada "
        "15-19 Juli 2024 di tiga provinsi tujuan, masing-masing Jawa Tengah, Sulawesi Utara dan Maluku.",
    )
    assert sorted(v.destination.province for v in found) == ["Jawa Tengah", "Maluku", "Sulawesi Utara"]
    assert {(v.program, v.cohort, v.activity) for v in found} == {("PPRA", 67, "ksdn")}


def test_an_itinerary_told_stop_by_stop() -> None:
    found = _visits(
        "SIDOARJO (Kabar Delta) - Pemerintah desa se-Kecamatan Krian melakukan studi tiru ke desa wisata di "
        "Bali pada 11-12 Februari 2023. Desa Jatiluwih, Kabupaten Tabanan menjadi lokasi tujuan pertama.",
        "Tujuan lokasi kedua ke Desa Tenganan, Kabupaten Karangasem. Rombongan disambut kepala desa.",
    )
    assert sorted(v.destination.regency for v in found) == ["Kabupaten Karangasem", "Kabupaten Tabanan"]


def test_a_date_beside_one_stop_of_an_itinerary_is_that_stops_date() -> None:
    found = _visits(
        "BULELENG (Kabar Den Bukit) - Perangkat Desa Pemuteran, Kabupaten Buleleng, pada Jumat (26/11/2022) "
        "menyambut kunjungan studi lapangan dari BKAD Kabupaten Garut.",
        "Ketua BKAD Garut mengatakan rombongan menggelar studi lapangan di dua desa di Kabupaten Buleleng "
        "dan di Kabupaten Gianyar.",
    )
    got = sorted((v.destination.regency, v.start_date) for v in found)
    assert got == [("Kabupaten Buleleng", D(2022, 11, 26)), ("Kabupaten Gianyar", None)]


def test_groups_split_at_the_same_time_share_the_date() -> None:
    found = _visits(
        "AMBON (Kabar Maluku) - Peserta PPRA Angkatan 66 mengikuti Studi Strategis Dalam Negeri pada 4-8 Juli "
        "2024 di Provinsi Maluku. Para peserta dipecah ke dalam tiga kelompok, yakni Provinsi Maluku, "
        "Provinsi Bali dan Provinsi Aceh.",
    )
    assert sorted((v.destination.province, v.start_date) for v in found) == [
        ("Aceh", D(2024, 7, 4)),
        ("Bali", D(2024, 7, 4)),
        ("Maluku", D(2024, 7, 4)),
    ]


def test_a_unit_written_with_its_place_belongs_to_that_stop() -> None:
    found = _visits(
        "BULELENG (Kabar Den Bukit) - Perangkat Desa Pemuteran, Kabupaten Buleleng, pada Jumat (26/11/2022) "
        "menyambut kunjungan studi lapangan dari BKAD Kabupaten Garut.",
        "Ketua BKAD Garut mengatakan rombongan menggelar studi lapangan di dua desa di Kabupaten Buleleng "
        "dan di Kabupaten Gianyar. Kunjungan ke Desa Pemuteran untuk belajar pengelolaan BUMDes.",
    )
    got = {v.destination.regency: v.host_agencies for v in found}
    assert got.get("Kabupaten Gianyar") == []


def test_a_destination_written_as_an_address_village_first() -> None:
    found = _visits(
        "MALANG (Kabar Arema) - Sebanyak 45 orang dari Kabupaten Mamuju, Sulawesi Barat, melakukan studi "
        "banding ke Desa Wisata Sanankerto, Kecamatan Turen, Kabupaten Malang, pada 24 Oktober 2024.",
    )
    assert [(v.origin.regency, v.destination.regency, v.participants) for v in found] == [
        ("Kabupaten Mamuju", "Kabupaten Malang", 45)
    ]


def test_a_destination_behind_an_island_name() -> None:
    found = _visits(
        "LUBUK PAKAM (Kabar Deli) - Para kepala desa se-Kabupaten Langkat dijadwalkan berangkat studi tiru ke "
        "Pulau Lombok Provinsi Nusa Tenggara Barat pada 7-11 Desember 2023.",
    )
    assert [v.destination.province for v in found] == ["Nusa Tenggara Barat"]


def test_one_groups_count_is_not_given_to_the_other_group() -> None:
    found = _visits(
        "BANYUWANGI (Kabar Blambangan) - Rombongan Pemkot Tarakan datang ke Banyuwangi untuk belajar "
        "pengelolaan pariwisata, Jumat (9/11/2018). Rombongan Pemkot Tarakan membawa 20 orang kepala dinas.",
        "Pada saat yang sama, rombongan Pemkab Klaten juga berkunjung ke Banyuwangi untuk belajar pelayanan publik.",
    )
    got = sorted((v.origin.regency, v.participants) for v in found)
    assert got == [("Kabupaten Klaten", None), ("Kota Tarakan", 20)]


def test_senders_together_at_each_stop_of_an_itinerary() -> None:
    found = _visits(
        "KEDIRI (Kabar Brantas) - Pemkab Sumedang dan Pemkab Garut menggelar studi banding ke Pemkot "
        "Kediri, Kamis (29/8/2024).",
        "Sebelum ke Kediri, rombongan juga sudah melakukan studi banding ke Pemkot Madiun dan Pemkab Ngawi.",
    )
    got = sorted((v.origin.regency, v.destination.regency) for v in found)
    assert got == sorted(
        (o, d)
        for o in ("Kabupaten Sumedang", "Kabupaten Garut")
        for d in ("Kota Kediri", "Kota Madiun", "Kabupaten Ngawi")
    )


def test_a_province_listed_with_its_own_regency_is_their_setting() -> None:
    found = _visits(
        "TIGARAKSA (Kabar Banten) - Pemkab Tangerang menerima kunjungan studi lapangan peserta PKP Angkatan "
        "IV BPSDM Provinsi Lampung, Rabu (3/9/2025).",
        '"Semoga bermanfaat bagi pembangunan di Banten serta Kabupaten Tangerang," katanya.',
    )
    assert [v.destination.regency for v in found] == ["Kabupaten Tangerang"]


def test_waves_of_one_trip_told_alike_are_one_visit() -> None:
    # two waves the text tells nothing apart of would be identical records: one visit (docs/schema.md)
    found = _visits(
        "LUBUK PAKAM (Kabar Deli) - Para kepala desa se-Kabupaten Serdang Bedagai dijadwalkan berangkat "
        "studi tiru ke Kabupaten Bantul pada Desember 2023. Keberangkatan dipecah menjadi dua gelombang.",
    )
    assert [v.destination.regency for v in found] == ["Kabupaten Bantul"]


def test_a_visit_report_that_mentions_graduation_is_still_a_visit() -> None:
    found = _visits(
        "SOLO (Kabar Bengawan) - Sebanyak 30 peserta PKA Angkatan V Kabupaten Sragen melaksanakan studi "
        "lapangan ke Pemerintah Kota Surakarta, Rabu (5/6/2024). Peserta yang dinyatakan lulus akan "
        "diwisuda bulan depan.",
    )
    assert [(v.program, v.destination.regency) for v in found] == [("PKA", "Kota Surakarta")]


def test_a_closing_ceremony_that_reports_a_trip_to_a_named_host_has_that_visit() -> None:
    found = _visits(
        "KENDARI (Kabar Sultra) - Gubernur menutup PKP Angkatan II Provinsi Sulawesi Tenggara, Jumat "
        "(7/6/2024). Sebelumnya para peserta telah mengunjungi Pemerintah Kota Makassar untuk studi lapangan.",
    )
    assert [v.destination.regency for v in found] == ["Kota Makassar"]


def test_a_closing_ceremony_with_only_a_planned_seminar_is_not_a_visit() -> None:
    found = _visits(
        "KENDARI (Kabar Sultra) - Gubernur menutup PKP Angkatan II Provinsi Sulawesi Tenggara, Jumat "
        "(7/6/2024). Sebanyak 40 peserta dinyatakan lulus setelah seminar proyek perubahan.",
    )
    assert found == []


def test_places_in_direct_speech_are_no_separate_trips() -> None:
    found = _visits(
        "DENPASAR (Kabar Bali) - Sebanyak 30 peserta PKA Angkatan II Provinsi NTT melakukan patok banding "
        "ke Pemerintah Provinsi Bali, Jumat (17/5/2024).",
        "“Banyak wisatawan yang datang ke Labuan Bajo juga mampir ke Bali,” ujar Suarjana.",
    )
    assert [(v.destination.province, v.participants) for v in found] == [("Bali", 30)]


def test_named_sub_groups_each_go_to_their_own_place() -> None:
    # one record per travelling group and destination: komisi named together travel as one group;
    # komisi told in clauses of their own go separately, but to the same place with nothing of their
    # own (count, days) their records would be identical: one visit
    found = _visits(
        "PEKANBARU (Kabar Riau) - Empat komisi DPRD Provinsi Riau melaksanakan kunjungan kerja pada 3-5 "
        "Maret 2024. Komisi A dan B berkunjung ke Provinsi Jambi, Komisi C ke Kota Medan, dan Komisi D "
        "ke Kabupaten Sleman. Komisi E juga berkunjung ke Kota Medan.",
    )
    assert sorted(v.destination.province for v in found) == ["DI Yogyakarta", "Jambi", "Sumatera Utara"]


def test_sub_groups_of_one_place_and_the_hosts_own_komisi_make_one_visit() -> None:
    # groups that split topics at one place are one visit there
    topics = _visits(
        "MAKASSAR (Kabar Celebes) - Peserta Diklatpim IV Angkatan 7 Kabupaten Gowa melaksanakan studi "
        "lapangan ke Kota Parepare pada 2 Mei 2024. Kelompok 1 ke Dinas Kesehatan Kota Parepare, "
        "Kelompok 2 ke Dinas Pendidikan Kota Parepare.",
    )
    assert [v.destination.regency for v in topics] == ["Kota Parepare"]
    # "Komisi B DPRD X menerima …" is the host's own komisi, not a group going to X
    hosts = _visits(
        "KEDIRI (Kabar Brantas) - Komisi B DPRD Kota Kediri menerima kunjungan kerja rombongan DPRD "
        "Kabupaten Jombang pada Senin (4/3/2024). Komisi A DPRD Kota Kediri juga hadir menyambut.",
    )
    assert [v.destination.regency for v in hosts] == ["Kota Kediri"]


def test_a_speaker_who_counts_the_groups_reports_where_they_went() -> None:
    # direct speech is kept out of the frames unless the speaker counts the groups that travelled;
    # counted groups went at the same time, so every destination shares the date
    found = _visits(
        "MEDAN (Kabar Deli) - Tiga kelompok peserta Diklat PKA Angkatan 5 Provinsi Sumatera Utara "
        "melaksanakan studi lapangan pada 6-8 Mei 2024.",
        "“Tiga kelompok itu melakukan kunjungan ke Kota Padang, Kabupaten Agam dan Kota Bukittinggi,” "
        "kata Kepala BPSDM Sumut, Rudi Hartono.",
    )
    assert sorted((v.destination.regency, v.start_date) for v in found) == [
        ("Kabupaten Agam", D(2024, 5, 6)),
        ("Kota Bukittinggi", D(2024, 5, 6)),
        ("Kota Padang", D(2024, 5, 6)),
    ]


def test_places_a_speaker_lists_without_counting_groups_make_no_frames() -> None:
    found = _visits(
        "DENPASAR (Kabar Bali) - Rombongan DPRD Kabupaten Sleman melakukan kunjungan kerja ke DPRD Kota "
        "Denpasar pada 2 Juni 2024.",
        "“Wisatawan kami banyak yang datang ke Kota Denpasar, Kabupaten Badung dan Kabupaten Gianyar,” "
        "kata Ketua DPRD Sleman, Wahyu Pratama.",
    )
    assert [v.destination.regency for v in found] == ["Kota Denpasar"]


def test_a_councils_komisi_that_travel_are_sent_by_the_council() -> None:
    found = _visits(
        "SEMARANG (Kabar Jateng) - Ketiga komisi DPRD Kabupaten Kendal baru saja menuntaskan kunjungan kerja "
        "pada 4-6 Maret 2024. Komisi A ke Kota Surabaya, Komisi B ke Kabupaten Banyuwangi dan Komisi C ke "
        "Kota Malang.",
    )
    assert sorted((v.origin.regency, v.destination.regency) for v in found) == [
        ("Kabupaten Kendal", "Kabupaten Banyuwangi"),
        ("Kabupaten Kendal", "Kota Malang"),
        ("Kabupaten Kendal", "Kota Surabaya"),
    ]


def test_a_stop_on_the_way_is_one_more_destination_of_the_same_trip() -> None:
    found = _visits(
        "MATARAM (Kabar Rinjani) - Rombongan Pemkab Lombok Timur melaksanakan studi banding ke Desa Wisata "
        "Pujon Kidul, Kabupaten Malang, Jawa Timur, pada 14 Agustus 2024. Sehari sebelumnya, rombongan "
        "singgah di Kabupaten Banyuwangi untuk belajar pengelolaan pantai.",
    )
    assert sorted(v.destination.regency for v in found) == ["Kabupaten Banyuwangi", "Kabupaten Malang"]


def test_a_stop_no_traveller_makes_is_no_destination() -> None:
    # tourists or buses stopping somewhere are not the travelling group
    found = _visits(
        "MATARAM (Kabar Rinjani) - Rombongan Pemkab Lombok Timur melaksanakan studi banding ke Kabupaten "
        "Malang pada 14 Agustus 2024. Banyak wisatawan juga singgah di Kabupaten Banyuwangi.",
    )
    assert [v.destination.regency for v in found] == ["Kabupaten Malang"]


def test_an_earlier_visit_of_the_travellers_is_one_more_destination() -> None:
    found = _visits(
        "SOLO (Kabar Bengawan) - Rombongan Pemkab Sinjai melakukan studi banding ke Kota Surakarta pada "
        "Kamis (6/6/2024). Sebelumnya, rombongan mengunjungi desa wisata di Kabupaten Sleman serta "
        "sentra batik di Kabupaten Pekalongan.",
    )
    assert sorted(v.destination.regency for v in found) == [
        "Kabupaten Pekalongan",
        "Kabupaten Sleman",
        "Kota Surakarta",
    ]


def test_a_government_written_in_full_is_its_name_as_written() -> None:
    # the full name beats the short form the headline uses, and the short form beats "Pemerintahan"
    found = _visits(
        "Pemkab Sragen Sambut Peserta PKP dari Pemprov Gorontalo",
        "SRAGEN (Kabar Sukowati) - Peserta PKP Angkatan II Pemerintah Provinsi Gorontalo melaksanakan "
        "studi lapangan ke Pemerintah Kabupaten Sragen, Rabu (7/8/2024).",
        "Rombongan disambut di Pemerintahan Kabupaten Sragen oleh Sekda.",
    )
    (visit,) = found
    assert visit.origin.institution == "Pemerintah Provinsi Gorontalo"
    assert visit.destination.host == "Pemerintah Kabupaten Sragen"
    found = _visits(
        "SRAGEN (Kabar Sukowati) - Peserta PKP Angkatan II Pemerintahan Provinsi Gorontalo melaksanakan "
        "studi lapangan ke Pemkab Sragen, Rabu (7/8/2024). Pemprov Gorontalo mengirim 30 peserta.",
    )
    assert found[0].origin.institution == "Pemprov Gorontalo"


def test_the_headline_below_page_chrome_is_not_the_body() -> None:
    # page chrome above the headline: the organizer is taken from the body, where it is written in full
    text = (
        "31.2 C\nKupang\n\n"
        "BPSDM Sultra Pilih Kota Kupang Jadi Lokus Studi Lapangan\n\n"
        "KUPANG (Kabar Timor) - Sebanyak 30 peserta PKA Angkatan V Badan Pengembangan Sumber Daya "
        "Manusia (BPSDM) Provinsi Sulawesi Tenggara melaksanakan studi lapangan ke Pemerintah Kota "
        "Kupang, Senin (5/8/2024).\n"
    )
    (found,) = extract_text(text)
    assert found.visit.organizer == "Badan Pengembangan Sumber Daya Manusia (BPSDM) Provinsi Sulawesi Tenggara"


def test_units_in_brackets_belong_to_the_place_before_them() -> None:
    found = _visits(
        "Peserta PKN Tingkat II Angkatan IX Provinsi Bali melaksanakan studi lapangan, Senin (3/6/2024). "
        "Peserta dibagi menjadi dua kelompok, masing-masing ke Kabupaten Klaten dan Kabupaten Boyolali.",
        "Kegiatan berlangsung di Kabupaten Klaten Kecamatan Tulung (Desa Wunut dan Desa Majegan) serta di "
        "Kabupaten Boyolali, Kecamatan Cepogo (Desa Jelok dan Desa Genting).",
    )
    got = sorted((v.destination.regency, tuple(v.host_agencies)) for v in found)
    assert got == [
        ("Kabupaten Boyolali", ("Desa Jelok", "Desa Genting")),
        ("Kabupaten Klaten", ("Desa Wunut", "Desa Majegan")),
    ]


def test_the_one_village_visited_at_each_stop_is_its_host() -> None:
    found = _visits(
        "Peserta PKN Tingkat II Angkatan IX Provinsi Bali melaksanakan studi lapangan, Senin (3/6/2024). "
        "Peserta dibagi menjadi dua kelompok, masing-masing ke Kabupaten Klaten dan Kabupaten Boyolali.",
        "Kegiatan berlangsung di Kabupaten Klaten Kecamatan Tulung (Desa Wunut) serta di "
        "Kabupaten Boyolali, Kecamatan Cepogo (Desa Jelok).",
    )
    got = sorted((v.destination.regency, v.destination.host) for v in found)
    assert got == [("Kabupaten Boyolali", "Desa Jelok"), ("Kabupaten Klaten", "Desa Wunut")]


def test_a_national_bodys_regional_unit_sends_from_the_national_level() -> None:
    (visit,) = _visits(
        "SIDOARJO (Kabar Delta) - Tim Polda Maluku menggelar studi banding pelayanan publik ke "
        "Polresta Sidoarjo, Rabu (4/9/2024). Rombongan Polda Maluku dipimpin Kabag Renmin.",
    )
    assert visit.origin.institution == "Polda Maluku"
    assert (visit.origin.province, visit.origin.regency) == (None, None)
    assert visit.destination.province == "Jawa Timur"


def test_the_unit_that_travels_is_the_sender_body() -> None:
    (visit,) = _visits(
        "BATU (Kabar Arema) - Dinas Pariwisata dan Kebudayaan (Disparbud) Kabupaten Sleman melaksanakan "
        "studi banding ke Pemerintah Kota Batu, Kamis (5/9/2024).",
        "Hasilnya akan diterapkan Pemkab Sleman dalam pengelolaan wisata.",
    )
    assert visit.origin.institution == "Dinas Pariwisata dan Kebudayaan (Disparbud) Kabupaten Sleman"
    assert (visit.origin.province, visit.origin.regency) == ("DI Yogyakarta", "Kabupaten Sleman")


@pytest.mark.parametrize(
    ("place", "host"),
    [
        ("Polresta Bantul", "Polresta Bantul"),
        ("KUA Kecamatan Wates", "KUA Kecamatan Wates"),
        ("Rutan Kelas IIB Wonosari", "Rutan Kelas IIB Wonosari"),
    ],
)
def test_a_national_unit_hosting_is_no_regencys_visit(place: str, host: str) -> None:
    (visit,) = _visits(
        f"YOGYAKARTA (Kabar Mataram) - Tim Kemenkumham Jawa Tengah melakukan studi tiru ke {place}, "
        "Kamis (5/9/2024). Rombongan disambut pimpinan setempat.",
    )
    assert visit.destination.province == "DI Yogyakarta"
    assert visit.destination.regency is None
    assert visit.destination.host == host


def test_the_council_alone_visited_is_the_host_as_written_in_full() -> None:
    (visit,) = _visits(
        "Kunjungan DPRD Sragen ke DPRD Kudus",
        "KUDUS (Kabar Muria) - Rombongan Komisi II DPRD Kabupaten Sragen melakukan studi banding ke DPRD "
        "Kabupaten Kudus, Selasa (3/9/2024). Rombongan diterima pimpinan DPRD Kudus.",
    )
    assert visit.host_agencies == ["DPRD"]
    assert visit.destination.regency == "Kabupaten Kudus"
    assert visit.destination.host == "DPRD Kabupaten Kudus"


def test_the_government_with_the_regions_own_name_is_preferred() -> None:
    (visit,) = _visits(
        "SIANTAR (Kabar Toba) - Peserta PKA Angkatan I Provinsi Aceh melaksanakan studi lapangan ke "
        "Pemerintah Kota Siantar, Senin (2/9/2024). Rombongan disambut Sekda Pemko Kota Pematangsiantar.",
    )
    assert visit.destination.host == "Pemko Kota Pematangsiantar"


def test_the_council_of_the_komisi_that_travelled_is_the_sender() -> None:
    # (docs/schema.md: a council's commission sends as its council)
    (visit,) = _visits(
        "DENPASAR (Kabar Dewata) - Sebanyak 12 anggota Komisi C DPRD Kota Bekasi melakukan studi banding ke "
        "Pemerintah Kota Denpasar, Rabu (4/9/2024).",
    )
    assert visit.origin.institution == "DPRD Kota Bekasi"


def test_a_villages_unit_written_with_its_address_is_the_sender() -> None:
    (visit,) = _visits(
        "MALANG (Kabar Arema) - BUMDes Maju Jaya Desa Sendangrejo, Kecamatan Ngimbang, Lamongan menggelar "
        "studi banding ke Kabupaten Malang, Sabtu (7/9/2024).",
    )
    assert visit.origin.institution == "BUMDes Maju Jaya Desa Sendangrejo"


def test_units_listed_as_a_range_are_visited() -> None:
    (visit,) = _visits(
        "BALI (Kabar Dewata) - Sebanyak 40 peserta PKA Angkatan III Provinsi Sulawesi Tenggara melaksanakan "
        "studi lapangan ke Pemerintah Kabupaten Badung, Senin (2/9/2024).",
        "Dari Dinas Perhubungan hingga Dinas Kesehatan, setiap langkah diarahkan untuk belajar.",
    )
    assert visit.host_agencies == ["Dinas Perhubungan", "Dinas Kesehatan"]


def test_a_national_unit_named_first_is_the_host_of_the_whole_visit() -> None:
    (visit,) = _visits(
        "BLITAR (Kabar Blitar) - Sebanyak 11 peserta Sespimmen Polri melaksanakan kuliah kerja profesi di "
        "Polres Blitar, Senin (7/8/2023). Pada hari ketiga peserta mengunjungi Desa Penataran.",
    )
    assert visit.host_agencies[0] == "Polres"
    assert visit.destination.regency is None


def test_waves_with_nothing_of_their_own_are_one_visit() -> None:
    # groups whose records would be identical (same sender, place and days, no count of their own)
    # are one visit
    found = _visits(
        "LUBUK PAKAM (Kabar Deli) - Para kepala desa se-Kabupaten Serdang Bedagai dijadwalkan berangkat "
        "studi tiru ke Kabupaten Bantul pada Desember 2023. Keberangkatan dipecah menjadi dua gelombang.",
    )
    assert [v.destination.regency for v in found] == ["Kabupaten Bantul"]


def test_komisi_told_apart_but_going_together_to_one_place_are_one_visit() -> None:
    found = _visits(
        "PADANG (Kabar Minang) - Komisi-komisi DPRD Provinsi Sumatera Barat melaksanakan studi banding "
        "pada 5-7 Februari 2024. Komisi I berkunjung ke Kota Balikpapan. Komisi II berkunjung ke "
        "Provinsi Bali, sementara Komisi III juga menjadikan Provinsi Bali sebagai tujuan.",
    )
    assert sorted(v.destination.province for v in found) == ["Bali", "Kalimantan Timur"]


def test_a_cohort_opening_a_contrast_clause_is_a_group_of_its_own() -> None:
    # "Angkatan IV ke Pemkab X, sedangkan Angkatan V ke Pemkot Y": one record per cohort, each
    # with the place its own clause sends it to and its own count
    found = _visits(
        "SEMARANG (Kabar Jateng) - Sebanyak 30 peserta PKP Angkatan IV Provinsi Jawa Tengah melaksanakan "
        "studi lapangan ke Pemkab Kudus pada 3 Juli 2024. Adapun Angkatan V (32 peserta) melaksanakan "
        "kegiatan serupa di Kota Salatiga.",
    )
    assert sorted((v.cohort, v.destination.regency, v.participants) for v in found) == [
        (4, "Kabupaten Kudus", 30),
        (5, "Kota Salatiga", 32),
    ]


def test_a_cohort_named_again_without_contrast_is_no_second_group() -> None:
    found = _visits(
        "SEMARANG (Kabar Jateng) - Peserta PKP Angkatan IV Provinsi Jawa Tengah melaksanakan studi "
        "lapangan ke Pemkab Kudus pada 3 Juli 2024. Tahun lalu Angkatan III ke Kota Salatiga.",
    )
    assert [(v.cohort, v.destination.regency) for v in found] == [(4, "Kabupaten Kudus")]


def test_a_cohort_clause_naming_the_groups_home_gives_it_no_destination() -> None:
    found = _visits(
        "MALANG (Kabar Arema) - Pemkot Malang menerima kunjungan peserta PKA Angkatan II Provinsi Jawa "
        "Tengah, Rabu (4/9/2024). Sementara Angkatan III diikuti lurah dari berbagai kota di Provinsi "
        "Jawa Tengah dan berkunjung bersama.",
    )
    assert {v.destination.regency for v in found} == {"Kota Malang"}


def test_a_count_divided_among_groups_is_no_groups_count() -> None:
    # a cohort split across two regencies: the whole's count is no one group's; never repeated
    split = _visits(
        "DENPASAR (Kabar Bali) - Peserta PKN II Angkatan VI Provinsi Bali melaksanakan visitasi ke "
        "Kabupaten Malang dan Kota Batu pada 2-4 Juli 2024. Ke-40 peserta itu dibagi menjadi empat kelompok.",
    )
    assert sorted((v.destination.regency, v.participants) for v in split) == [
        ("Kabupaten Malang", None),
        ("Kota Batu", None),
    ]
    # one group stop after stop keeps its count at every stop
    tour = _visits(
        "DENPASAR (Kabar Bali) - Sebanyak 40 peserta PKN II Angkatan VI Provinsi Bali melaksanakan visitasi "
        "ke Kabupaten Malang dan Kota Batu pada 2-4 Juli 2024.",
    )
    assert sorted((v.destination.regency, v.participants) for v in tour) == [
        ("Kabupaten Malang", 40),
        ("Kota Batu", 40),
    ]


def test_the_body_that_learns_is_the_sender() -> None:
    found = _visits(
        "SLEMAN (Kabar Merapi) - Kabupaten Sleman menerima rombongan studi banding, Kamis (2/5/2024). "
        "Pemkab Tabanan mempelajari pengelolaan desa wisata oleh BUMDes.",
    )
    assert [(v.origin.regency, v.destination.regency) for v in found] == [("Kabupaten Tabanan", "Kabupaten Sleman")]


def test_a_group_from_outside_a_region_is_not_from_there() -> None:
    # "dari luar daerah X" says where they are not from; the purpose "ke X untuk mempelajari" is no sender
    found = _visits(
        "SAMPIT (Kabar Mentaya) - Pada Senin (3/6/2024) dua lembaga dewan dari luar daerah Kalimantan Tengah "
        "belajar di DPRD Kabupaten Kotawaringin Timur. Keduanya ialah DPRD Kabupaten Gianyar, Provinsi Bali "
        "dan DPRD Kota Banjarbaru. Rombongan melakukan kunker ke DPRD Kabupaten Kotawaringin Timur untuk "
        "mempelajari perda.",
    )
    assert sorted(v.origin.province for v in found) == ["Bali", "Kalimantan Selatan"]


def test_national_bodies_received_together_are_a_visit_each() -> None:
    # one record per sender; each count goes to the body whose official brings it, and the total
    # "dari dua instansi itu" is no one's
    found = _visits(
        "SEMARANG (Kabar Jateng) - Sebanyak 45 peserta PKA dari dua instansi mengunjungi Pemkot Semarang, "
        "Senin (8/7/2024).",
        "Kepala Pusdiklat Kementerian Agama, Budi Santosa, yang membawa 25 peserta, mengapresiasi inovasi kota.",
        "Adapun Kepala Bidang Penyelenggaraan Pusdiklat Lembaga Administrasi Negara, Rina Wulandari, datang "
        "bersama 20 peserta.",
    )
    assert sorted((v.origin.institution, v.origin.province, v.participants) for v in found) == [
        ("Kementerian Agama", None, 25),
        ("Lembaga Administrasi Negara", None, 20),
    ]


def test_a_national_body_that_only_sets_rules_is_no_second_sender() -> None:
    found = _visits(
        "SEMARANG (Kabar Jateng) - Sebanyak 30 peserta PKA Pusdiklat Kementerian Agama mengunjungi Pemkot "
        "Semarang, Senin (8/7/2024). Kurikulum PKA ditetapkan Lembaga Administrasi Negara.",
    )
    assert [(v.origin.province, v.participants) for v in found] == [(None, 30)]


def test_villages_each_written_with_their_region_are_stops_of_one_trip() -> None:
    # "studi banding … di Desa A, Regency X dan B, Province Y": a list of visited villages with their
    # regions, one record per region
    found = _visits(
        "SORONG (Kabar Papua) - Perangkat kampung dari Kabupaten Sorong mengadakan studi banding "
        "pengelolaan badan usaha milik desa di Desa Sukamaju, Magetan dan Wirokerten, Yogyakarta pada "
        "3-6 Juni 2024.",
    )
    assert sorted(v.destination.regency or v.destination.province for v in found) == [
        "DI Yogyakarta",
        "Kabupaten Magetan",
    ]


def test_a_village_address_after_a_study_trip_is_its_destination() -> None:
    found = _visits(
        "SORONG (Kabar Papua) - Perangkat kampung Kabupaten Sorong mengadakan studi banding pengelolaan "
        "badan usaha milik desa di Desa Pujon Kidul, Malang, Kamis (6/6/2024).",
    )
    assert [v.destination.province for v in found] == ["Jawa Timur"]


def test_a_unit_of_a_chain_written_just_before_a_stop_belongs_to_that_stop() -> None:
    # "… ke Desa A, dan Tambak B di Kabupaten Y": the unit's own span is followed by Y, even where its
    # name in full gains a word the text does not write there
    found = _visits(
        "SAMPIT (Kabar Kalteng) - Peserta PPRA LXIV Lemhannas RI melaksanakan studi lapangan ke Kabupaten "
        "Kotawaringin Timur dan Kabupaten Seruyan pada 10-14 Juni 2024.",
        'Di Kotawaringin Timur peserta berkunjung ke Kebun Plasma Sawit Mentaya. "Peserta juga akan berkunjung ke '
        'lahan di Desa Sungai Ijum, dan Tambak Udang Muara Pembuang di Kabupaten Seruyan," ujarnya.',
    )
    got = {v.destination.regency: v.host_agencies for v in found}
    assert not any("Tambak" in a for a in got.get("Kabupaten Kotawaringin Timur", []))


def test_a_local_outlet_reports_its_own_delegation_away() -> None:
    # no sender named, the host elsewhere, a body of the dateline's region in the text: the sender
    found = _visits(
        "CIAMIS (Kabar Galuh) - Sejak Senin (3/6/2024) gedung DPRD Ciamis sepi. Sebanyak 40 anggota dewan "
        "tengah menjalani studi banding ke Kota Surakarta.",
    )
    assert [(v.origin.regency, v.destination.regency) for v in found] == [("Kabupaten Ciamis", "Kota Surakarta")]
    assert [v.origin.institution for v in found] == ["DPRD Ciamis"]  # as the text writes the sender
    # a dateline that is only where the reporter sits names no sender
    elsewhere = _visits(
        "CIAMIS (Kabar Galuh) - Sebanyak 40 anggota dewan tengah menjalani studi banding ke Kota Surakarta, "
        "Senin (3/6/2024).",
    )
    assert [v.origin.regency for v in elsewhere] == [None]


def test_a_trip_reported_as_held_is_a_visit_without_a_named_traveller() -> None:
    # a village site's note: an explainer line, then "this" trip held at a named place
    found = _visits(
        "Studi Banding ke Kabupaten Sleman",
        "Studi banding adalah kegiatan untuk menambah wawasan. Kegiatan ini dilaksanakan selama 2 hari di "
        "Kabupaten Sleman. Pengurus BUMDes setempat memaparkan usaha desa wisata.",
    )
    assert [v.destination.regency for v in found] == ["Kabupaten Sleman"]
    # an explainer that only says where such trips usually go reports none
    explainer = _visits(
        "Apa Itu Studi Banding",
        "Studi banding adalah kegiatan untuk menambah wawasan. Banyak desa melakukannya ke Kabupaten Sleman.",
    )
    assert explainer == []


def test_cohorts_each_sent_to_their_own_place_in_one_sentence() -> None:
    # not every cohort at every place; a date closing the sentence after a comma is both clauses'
    found = _visits(
        "BANDUNG (Kabar Priangan) - Peserta PKP Angkatan IV Provinsi Jawa Barat melaksanakan benchmarking "
        "ke Pemkab Sumedang, sedangkan Angkatan V ke Pemkot Cimahi, Selasa (4/6/2024).",
    )
    assert sorted((v.cohort, v.destination.regency, v.start_date) for v in found) == [
        (4, "Kabupaten Sumedang", D(2024, 6, 4)),
        (5, "Kota Cimahi", D(2024, 6, 4)),
    ]


def test_a_recap_of_cohorts_each_with_its_own_place_and_days() -> None:
    found = _visits(
        "KENDARI (Kabar Sultra) - Sepanjang 2023, peserta PKA BPSDM Sulawesi Tenggara melaksanakan studi "
        "lapangan tiga kali: Angkatan I ke Kota Makassar pada 3 Mei 2023, Angkatan II ke Kabupaten Gowa "
        "pada 5 Juli 2023, dan Angkatan III ke Kota Palu pada 6 September 2023.",
    )
    assert sorted((v.cohort, v.destination.regency, v.start_date) for v in found) == [
        (1, "Kota Makassar", D(2023, 5, 3)),
        (2, "Kabupaten Gowa", D(2023, 7, 5)),
        (3, "Kota Palu", D(2023, 9, 6)),
    ]


def test_groups_of_a_split_cohort_do_not_inherit_the_whole_count() -> None:
    # "dibagi menjadi tiga kelompok, masing-masing ke A, B dan C": the 90 is the cohort's, no group's;
    # the dateline's city beside the count is not a group named with it
    found = _visits(
        "MAKASSAR (Kabar Celebes) - Sebanyak 90 peserta PKA Angkatan III Provinsi Sulawesi Barat "
        "melaksanakan studi lapangan pada 4-6 Juni 2024. Peserta dibagi menjadi tiga kelompok, "
        "masing-masing ke Kota Makassar, Kabupaten Gowa dan Kabupaten Maros.",
    )
    assert sorted((v.destination.regency, v.participants) for v in found) == [
        ("Kabupaten Gowa", None),
        ("Kabupaten Maros", None),
        ("Kota Makassar", None),
    ]


def test_an_itinerary_continued_to_the_next_stop_has_each_stops_days() -> None:
    # "Setelah dari A, rombongan melanjutkan ke B pada …": two stops of one group, each with its day
    found = _visits(
        "BANYUWANGI (Kabar Blambangan) - Rombongan studi banding Pemkab Sinjai mengunjungi Kabupaten "
        "Banyuwangi, Senin (3/6/2024). Setelah dari Banyuwangi, rombongan melanjutkan perjalanan ke Kota "
        "Surabaya pada Rabu (5/6/2024).",
    )
    assert sorted((v.destination.regency, v.start_date) for v in found) == [
        ("Kabupaten Banyuwangi", D(2024, 6, 3)),
        ("Kota Surabaya", D(2024, 6, 5)),
    ]


def test_continuing_a_talk_is_no_next_stop() -> None:
    found = _visits(
        "BANYUWANGI (Kabar Blambangan) - Rombongan studi banding Pemkab Sinjai mengunjungi Kabupaten "
        "Banyuwangi, Senin (3/6/2024). Bupati melanjutkan paparan tentang inovasi Kota Surabaya.",
    )
    assert [v.destination.regency for v in found] == ["Kabupaten Banyuwangi"]


def test_a_group_going_on_then_to_a_second_place_has_each_days() -> None:
    # "kemudian/lalu/selanjutnya" in one sentence: one group stop after stop, not groups at once
    found = _visits(
        "MATARAM (Kabar NTB) - Peserta PKN II Angkatan 3 Provinsi NTB melaksanakan visitasi ke Kabupaten "
        "Banyuwangi pada Senin (3/6/2024), kemudian ke Kota Batu pada Selasa (4/6/2024).",
    )
    assert sorted((v.destination.regency, v.start_date) for v in found) == [
        ("Kabupaten Banyuwangi", D(2024, 6, 3)),
        ("Kota Batu", D(2024, 6, 4)),
    ]


def test_a_host_receiving_a_programmes_participants_reports_a_visit() -> None:
    found = _visits(
        "SURABAYA (Kabar Jatim) - Pemkot Surabaya menerima peserta PKA Angkatan II BPSDM Provinsi Jawa "
        "Tengah, Selasa (4/6/2024). Sebanyak 30 peserta belajar pelayanan publik.",
    )
    assert [(v.program, v.destination.regency, v.origin.province) for v in found] == [
        ("PKA", "Kota Surabaya", "Jawa Tengah")
    ]
    # at an opening, the head of the programme's own region "receives" its participants: no trip
    opening = _visits(
        "SEMARANG (Kabar Jateng) - Gubernur Jawa Tengah membuka PKA Angkatan II BPSDM Provinsi Jawa Tengah, "
        "Selasa (4/6/2024). Usai pembukaan, gubernur menerima peserta untuk berdialog.",
    )
    assert opening == []


def test_one_date_in_the_last_cohorts_clause_is_said_of_all() -> None:
    found = _visits(
        "SEMARANG (Kabar Jateng) - Peserta Diklatpim III Angkatan 40 dan Angkatan 41 Provinsi Jawa Tengah "
        "melakukan studi lapangan. Angkatan 40 ke Kabupaten Kudus, sedangkan Angkatan 41 ke Kota Salatiga "
        "pada Kamis (6/6/2024).",
    )
    assert sorted((v.cohort, v.destination.regency, v.start_date) for v in found) == [
        (40, "Kabupaten Kudus", D(2024, 6, 6)),
        (41, "Kota Salatiga", D(2024, 6, 6)),
    ]


def test_places_counted_before_they_are_named_are_where_the_trip_goes() -> None:
    # "benchmarking ke tiga provinsi, yakni A, B dan C": a trip, one record per province
    found = _visits(
        "JAKARTA (Kabar Ibukota) - Peserta PKN Tingkat II Angkatan X melaksanakan benchmarking ke tiga "
        "provinsi, yakni Jawa Timur, Bali dan Nusa Tenggara Barat pada 10-14 Juni 2024. Peserta dibagi "
        "dalam tiga kelompok.",
    )
    assert sorted(v.destination.province for v in found) == ["Bali", "Jawa Timur", "Nusa Tenggara Barat"]


def test_a_recap_of_trips_each_with_its_own_place_and_days() -> None:
    found = _visits(
        "PEKANBARU (Kabar Riau) - Sepanjang Mei 2024, DPRD Kota Pekanbaru melakukan dua kali studi banding: "
        "ke Kota Surabaya pada 6 Mei 2024 dan ke Kabupaten Badung pada 20 Mei 2024.",
    )
    assert sorted((v.destination.regency, v.start_date) for v in found) == [
        ("Kabupaten Badung", D(2024, 5, 20)),
        ("Kota Surabaya", D(2024, 5, 6)),
    ]


def test_places_someone_has_ever_learnt_from_are_no_more_stops() -> None:
    # "pernah belajar ke A dan B": an experience (here the host's), not stops of this trip
    found = _visits(
        "SOLO (Kabar Bengawan) - Rombongan Pemkab Sinjai melakukan studi banding ke Kota Surakarta pada Kamis "
        "(6/6/2024). Wali Kota mengatakan pihaknya juga pernah belajar ke Kabupaten Banyuwangi dan Kota "
        "Surabaya.",
    )
    assert [v.destination.regency for v in found] == ["Kota Surakarta"]


def test_senders_listed_as_the_subject_with_the_day_set_off() -> None:
    # "Tiga DPRD, yakni A, B dan C, hari ini, Senin (…), melaksanakan kunker ke X": one record per sender
    found = _visits(
        "Tiga DPRD, yakni DPRD Kota Bekasi, DPRD Kabupaten Madiun dan DPRD Kabupaten Maluku Tengah, hari "
        "ini, Senin (3/6/2024), melaksanakan kunjungan kerja ke DPRD Provinsi Jawa Tengah.",
    )
    assert sorted(v.origin.province for v in found) == ["Jawa Barat", "Jawa Timur", "Maluku"]
    assert {v.destination.province for v in found} == {"Jawa Tengah"}


def test_a_komisi_that_chose_a_place_goes_there() -> None:
    # "Komisi A dan B memilih Pulau Dewata …, adapun Komisi C dan D … ke Kota Palembang": two groups
    found = _visits(
        "GRESIK (Kabar Gresik) - Seluruh anggota DPRD Kabupaten Gresik menggelar studi banding pada 4-6 Maret "
        "2024. Komisi A dan B memilih menikmati keindahan Pulau Dewata. Adapun Komisi C dan D berangkat ke "
        "kota Palembang.",
    )
    assert sorted(v.destination.province for v in found) == ["Bali", "Sumatera Selatan"]


def test_guests_from_counted_then_named_regencies_are_a_visit_each() -> None:
    # "kedatangan tamu dari tiga kabupaten, yaitu A, B dan C": one record per sender
    found = _visits(
        "KLATEN (Kabar Klaten) - Pemerintah Kabupaten Klaten pada Sabtu (1/6/2024) kedatangan tamu studi tiru "
        "dari tiga kabupaten, yaitu Kabupaten Ciamis, Kabupaten Lamongan dan Kabupaten Jombang.",
    )
    # (the count "tiga" before them counts senders, not groups sent out to three places)
    assert sorted((v.origin.regency, v.destination.regency) for v in found) == [
        ("Kabupaten Ciamis", "Kabupaten Klaten"),
        ("Kabupaten Jombang", "Kabupaten Klaten"),
        ("Kabupaten Lamongan", "Kabupaten Klaten"),
    ]
    # one cohort's participants "dari lima provinsi, yaitu …" are where its members come from
    cohort = _visits(
        "BATAM (Kabar Kepri) - Peserta PKN Tingkat II Angkatan XXX melaksanakan visitasi ke Pemprov Kepulauan "
        "Riau, Selasa (4/6/2024). Para peserta datang dari tiga provinsi, yaitu Kalimantan Timur, Sulawesi "
        "Selatan dan Nusa Tenggara Timur.",
    )
    assert len(cohort) == 1


def test_places_counted_then_named_and_komisi_told_in_a_quote() -> None:
    # "Kunker ke 3 kota besar, yaitu A, B dan C": the destinations; a secretary's "Komisi A ke A,
    # Komisi B ke B …" says they are separate groups at once: the council's count is no group's
    found = _visits(
        "LABUAN BAJO (Kabar Flores) - Sebanyak 30 orang anggota DPRD Kabupaten Manggarai Timur akan menjalani "
        "kunjungan kerja ke 3 kota besar, yaitu Kota Malang, Kota Semarang dan Kota Denpasar.",
        "“Komisi A ke Malang, Komisi B ke Semarang dan Komisi C ke Denpasar,” ujar Sekretaris DPRD.",
    )
    assert sorted((v.destination.regency, v.participants) for v in found) == [
        ("Kota Denpasar", None),
        ("Kota Malang", None),
        ("Kota Semarang", None),
    ]


def test_a_headlines_subjects_before_studi_banding_are_the_senders() -> None:
    found = _visits(
        "Wonosobo dan Tapin Studi Banding Tata Kelola Pasar ke Kota Salatiga",
        "SALATIGA (Kabar Salatiga) - Pemkot Salatiga menerima rombongan Dinas Perdagangan Kabupaten Wonosobo "
        "bersama Komisi II DPRD Kabupaten Tapin, Senin (3/6/2024).",
    )
    assert sorted(v.origin.regency for v in found) == ["Kabupaten Tapin", "Kabupaten Wonosobo"]


def test_a_komisi_going_to_a_province_then_naming_its_regency_goes_there() -> None:
    found = _visits(
        "PADANG (Kabar Minang) - Komisi-komisi DPRD Provinsi Sumatera Barat melaksanakan studi banding pada 5-7 "
        "Februari 2024. Komisi I berkunjung ke Kota Balikpapan. Komisi II melakukan kunjungan kerja ke Provinsi "
        "Bali. Salah satu daerah yang didatangi adalah Kabupaten Bangli. Sementara Komisi III berkunjung ke "
        "Provinsi Bali.",
    )
    assert sorted(v.destination.regency or v.destination.province for v in found) == [
        "Bali",
        "Kabupaten Bangli",
        "Kota Balikpapan",
    ]


def test_a_day_by_day_account_is_an_itinerary() -> None:
    found = _visits(
        "MATARAM (Kabar NTB) - Peserta PKA Angkatan II Kabupaten Lombok Timur melaksanakan studi lapangan "
        "selama dua hari. Hari pertama, Senin (3/6/2024), peserta belajar di Kota Denpasar. Hari kedua, Selasa "
        "(4/6/2024), peserta mengunjungi Kabupaten Badung.",
    )
    assert sorted((v.destination.regency, v.start_date, v.end_date) for v in found) == [
        ("Kabupaten Badung", D(2024, 6, 4), D(2024, 6, 4)),
        ("Kota Denpasar", D(2024, 6, 3), D(2024, 6, 3)),
    ]


def test_also_visiting_a_second_place_is_the_same_group_going_on() -> None:
    # "Selain ke A, rombongan juga mengunjungi B": the date beside A is A's only
    found = _visits(
        "MAKASSAR (Kabar Celebes) - Rombongan DPRD Kabupaten Sinjai melakukan studi banding ke Kota Makassar, "
        "Senin (3/6/2024). Selain ke Makassar, rombongan juga mengunjungi Kabupaten Gowa.",
    )
    assert sorted((v.destination.regency, v.start_date) for v in found) == [
        ("Kabupaten Gowa", None),
        ("Kota Makassar", D(2024, 6, 3)),
    ]


def test_one_programme_with_two_senders_is_a_visit_per_sender() -> None:
    found = _visits(
        "SURABAYA (Kabar Jatim) - Sebanyak 40 peserta Latsar CPNS Kabupaten Sumenep dan 35 peserta Latsar CPNS "
        "Kabupaten Pamekasan melaksanakan studi lapangan ke Pemkot Surabaya, Kamis (6/6/2024).",
    )
    assert sorted((v.origin.regency, v.participants) for v in found) == [
        ("Kabupaten Pamekasan", 35),
        ("Kabupaten Sumenep", 40),
    ]
    # the same sender written twice is one group
    once = _visits(
        "SURABAYA (Kabar Jatim) - Sebanyak 40 peserta Latsar CPNS Kabupaten Sumenep melaksanakan studi lapangan "
        "ke Pemkot Surabaya, Kamis (6/6/2024). Peserta Latsar CPNS Kabupaten Sumenep belajar pelayanan.",
    )
    assert [(v.origin.regency, v.participants) for v in once] == [("Kabupaten Sumenep", 40)]


def test_a_unit_followed_by_another_stops_clause_stays_with_its_own_stop() -> None:
    # "Di Kota A peserta mengunjungi Dinas X, sedangkan di Kabupaten B …": X is A's, not B's
    found = _visits(
        "PALU (Kabar Sulteng) - Peserta Latsar CPNS Kabupaten Donggala melaksanakan studi lapangan ke Kota Palu "
        "dan Kabupaten Sigi, 5-6 Juni 2024. Di Kota Palu peserta mengunjungi Dinas Kependudukan dan Pencatatan "
        "Sipil, sedangkan di Kabupaten Sigi peserta belajar di Mal Pelayanan Publik.",
    )
    got = {v.destination.regency: v.host_agencies for v in found}
    assert got["Kota Palu"] == ["Dinas Kependudukan dan Pencatatan Sipil"]
    assert got["Kabupaten Sigi"] == ["Mal Pelayanan Publik"]


def test_each_group_of_a_split_cohort_numbers_what_the_text_says_of_each() -> None:
    found = _visits(
        "BANDA ACEH (Kabar Aceh) - Sebanyak 36 peserta PKP Angkatan IX BPSDM Aceh melaksanakan studi lapangan "
        "ke tiga kabupaten, yaitu Kabupaten Aceh Besar, Kabupaten Pidie dan Kabupaten Bireuen, pada 4-6 Juni "
        "2024. Peserta dibagi menjadi tiga kelompok yang masing-masing terdiri dari 12 orang.",
    )
    assert sorted((v.destination.regency, v.participants) for v in found) == [
        ("Kabupaten Aceh Besar", 12),
        ("Kabupaten Bireuen", 12),
        ("Kabupaten Pidie", 12),
    ]
    # a split said in another sentence than the count still makes the 36 no group's
    split = _visits(
        "BANDA ACEH (Kabar Aceh) - Sebanyak 36 peserta PKP Angkatan IX BPSDM Aceh melaksanakan studi lapangan "
        "ke tiga kabupaten, yaitu Kabupaten Aceh Besar, Kabupaten Pidie dan Kabupaten Bireuen, pada 4-6 Juni "
        "2024. Peserta dibagi menjadi tiga kelompok.",
    )
    assert {v.participants for v in split} == {None}


def test_a_ceremony_told_only_as_to_come_does_not_hide_the_visit() -> None:
    found = _visits(
        "SURABAYA (Kabar Jatim) - Peserta studi lapangan PKA Angkatan II BPSDM Provinsi Jawa Tengah diterima "
        "Wali Kota Surabaya, Selasa (4/6/2024). Peserta yang dinyatakan lulus akan diwisuda bulan depan.",
    )
    assert [(v.program, v.destination.regency) for v in found] == [("PKA", "Kota Surabaya")]
    # a closing held now, where the participants are only "received", is no visit
    closing = _visits(
        "SEMARANG (Kabar Jateng) - Gubernur menutup studi lapangan PKA Angkatan II BPSDM Provinsi Jawa Tengah, "
        "Selasa (4/6/2024). Laporan peserta diterima gubernur di Gedung Gradhika.",
    )
    assert closing == []


def test_cohorts_each_written_with_their_own_programme_side_by_side() -> None:
    found = _visits(
        "SURABAYA (Kabar Jatim) - Pemkot Surabaya menerima kunjungan studi lapangan peserta PKA Angkatan II dari "
        "Kabupaten Sragen dan peserta PKA Angkatan III dari Kabupaten Blora, Selasa (4/6/2024).",
    )
    assert sorted((v.cohort, v.origin.regency) for v in found) == [(2, "Kabupaten Sragen"), (3, "Kabupaten Blora")]
    # another year's cohort named in a later sentence is no second group
    later = _visits(
        "SURABAYA (Kabar Jatim) - Pemkot Surabaya menerima kunjungan studi lapangan peserta PKA Angkatan II dari "
        "Kabupaten Sragen, Selasa (4/6/2024). Tahun lalu peserta PKA Angkatan I juga datang.",
    )
    assert [v.cohort for v in later] == [2]


def test_two_national_bodies_named_by_speakers_only_are_one_sender() -> None:
    # "keduanya" of two speakers; one body sends, the other only sets the curriculum
    found = _visits(
        "SEMARANG (Kabar Jateng) - Sebanyak 30 peserta PKA Pusdiklat Kementerian Agama mengunjungi Pemkot "
        "Semarang, Senin (8/7/2024).",
        "Kepala Pusdiklat Kementerian Agama, Budi Santosa, dan widyaiswara Pusdiklat Lembaga Administrasi "
        "Negara, Rina Wulandari, keduanya memberi sambutan.",
    )
    assert [v.participants for v in found] == [30]


def test_a_cohort_in_a_contrast_clause_that_stays_home_did_not_travel() -> None:
    found = _visits(
        "SEMARANG (Kabar Jateng) - Peserta PKA Angkatan V Provinsi Jawa Tengah melaksanakan studi lapangan ke Kota "
        "Surakarta, Rabu (5/6/2024). Sementara itu, Angkatan VI masih mengikuti pembelajaran klasikal di kampus.",
    )
    assert [v.cohort for v in found] == [5]


def test_leaving_one_stop_for_the_next_is_an_itinerary() -> None:
    # "Usai dari A, rombongan bertolak ke B": A is a stop, not the group's home; a dateline followed by
    # "Rombongan …" says nothing of the dateline's city
    found = _visits(
        "BANYUWANGI (Kabar Blambangan) - Rombongan studi banding Pemkab Sinjai mengunjungi Kabupaten Banyuwangi, "
        "Senin (3/6/2024). Usai dari Banyuwangi, rombongan bertolak ke Kabupaten Jembrana, Selasa (4/6/2024).",
    )
    assert sorted((v.origin.regency, v.destination.regency, v.start_date) for v in found) == [
        ("Kabupaten Sinjai", "Kabupaten Banyuwangi", D(2024, 6, 3)),
        ("Kabupaten Sinjai", "Kabupaten Jembrana", D(2024, 6, 4)),
    ]
    next_day = _visits(
        "BANYUWANGI (Kabar Blambangan) - Rombongan studi banding Pemkab Sinjai mengunjungi Kabupaten Banyuwangi, "
        "Senin (3/6/2024). Keesokan harinya, rombongan bergerak ke Kabupaten Jembrana.",
    )
    assert sorted(v.destination.regency for v in next_day) == ["Kabupaten Banyuwangi", "Kabupaten Jembrana"]


def test_senders_each_with_their_count_in_brackets() -> None:
    found = _visits(
        "BANYUWANGI (Kabar Blambangan) - Pemkab Banyuwangi menerima studi banding DPRD Kota Kendari (15 orang) "
        "dan DPRD Kabupaten Konawe (12 orang), Senin (3/6/2024).",
    )
    assert sorted((v.origin.regency, v.participants) for v in found) == [("Kabupaten Konawe", 12), ("Kota Kendari", 15)]


def test_bodies_travelling_together_with_beserta_are_a_visit_each() -> None:
    found = _visits(
        "YOGYAKARTA (Kabar Jogja) - Rombongan DPRD Kabupaten Purbalingga beserta DPRD Kabupaten Banjarnegara "
        "melakukan studi banding ke DPRD DIY, Rabu (5/6/2024).",
    )
    assert sorted(v.origin.regency for v in found) == ["Kabupaten Banjarnegara", "Kabupaten Purbalingga"]


def test_the_sender_is_written_as_the_body_that_travels_not_the_dateline() -> None:
    found = _visits(
        "JAMBI (Kabar Jambi) - Tiga komisi DPRD Provinsi Jambi melakukan studi banding pada 3-5 Juni 2024, "
        "masing-masing Komisi I ke Provinsi Riau, Komisi II ke Provinsi Sumatera Barat dan Komisi III ke "
        "Provinsi Bengkulu.",
    )
    assert {v.origin.institution for v in found} == {"DPRD Provinsi Jambi"}
    assert len(found) == 3


def test_last_years_trip_and_the_next_cohorts_trip_are_no_more_stops() -> None:
    last_year = _visits(
        "SOLO (Kabar Bengawan) - Pemkot Surakarta menerima kunjungan studi banding DPRD Kabupaten Wonogiri, "
        "Selasa (4/6/2024). Rombongan sebelumnya telah berkunjung ke Kabupaten Karanganyar dan Kabupaten "
        "Sukoharjo pada tahun lalu.",
    )
    # (no stop of this trip; the same group's earlier trip, who and where named, may be a visit of its own without
    # this trip's days: docs/schema.md "A trip made before the one reported")
    assert last_year[0].destination.regency == "Kota Surakarta"
    assert all(v.start_date is None for v in last_year[1:])
    next_cohort = _visits(
        "BANDUNG (Kabar Priangan) - Sebanyak 40 peserta Latsar CPNS Kabupaten Garut melakukan studi lapangan ke "
        "Kota Bandung, Kamis (6/6/2024). Kegiatan serupa dijadwalkan untuk angkatan berikutnya ke Kota Cimahi "
        "dan Kabupaten Sumedang.",
    )
    assert [v.destination.regency for v in next_cohort] == ["Kota Bandung"]


def test_a_virtual_study_of_a_named_host_is_a_visit() -> None:
    found = _visits(
        "PADANG (Kabar Minang) - Peserta PKA Angkatan III BPSDM Sumatera Barat melaksanakan benchmarking secara "
        "virtual dengan Pemerintah Kota Surabaya, Rabu (5/6/2024).",
    )
    assert [(v.activity, v.destination.regency) for v in found] == [("benchmarking", "Kota Surabaya")]


def test_a_planned_study_at_a_hosts_offices_is_a_visit() -> None:
    found = _visits(
        "SEMARANG (Kabar Jateng) - Sebanyak 35 peserta PKP Kabupaten Demak akan melaksanakan studi lapangan pada "
        "sejumlah perangkat daerah Kota Semarang pada 10-12 Juni 2024.",
    )
    assert [(v.destination.regency, v.start_date, v.end_date) for v in found] == [
        ("Kota Semarang", D(2024, 6, 10), D(2024, 6, 12))
    ]


def test_the_official_who_sends_the_group_off_is_of_the_sender() -> None:
    found = _visits(
        "DENPASAR (Kabar Bali) - Wakil Bupati Tabanan melepas keberangkatan 40 peserta PKA Angkatan II untuk "
        "studi inovasi daerah di Provinsi Jawa Timur, Senin (3/6/2024).",
    )
    assert [(v.origin.regency, v.destination.province) for v in found] == [("Kabupaten Tabanan", "Jawa Timur")]


def test_a_staff_colleges_field_stage_at_a_police_hq_goes_to_its_province() -> None:
    found = _visits(
        "KENDARI (Kabar Sultra) - Peserta Sespimmen Polri Dikreg ke-64 melaksanakan Kuliah Kerja Lapangan (KKL) "
        "di Polda Sulawesi Tenggara, Senin (3/6/2024).",
    )
    assert [(v.destination.province, v.destination.regency) for v in found] == [("Sulawesi Tenggara", None)]


def test_the_day_of_a_closing_is_not_the_day_of_the_trip_it_also_reports() -> None:
    found = _visits(
        "MALANG (Kabar Arema) - “Penutupannya dilakukan oleh Wali Kota,” ujar Kepala BKPSDM Kota Malang, Senin "
        "(28/08/2023). Peserta PKP Angkatan VI Kota Malang juga melakukan studi lapangan ke Kota Surakarta "
        "selama empat hari.",
    )
    assert [(v.destination.regency, v.start_date) for v in found] == [("Kota Surakarta", None)]
    # a date beside the trip itself stays
    dated = _visits(
        "MALANG (Kabar Arema) - PKP Angkatan VI Kota Malang ditutup Wali Kota. Sebelumnya peserta melakukan studi "
        "lapangan ke Kota Surakarta pada Senin (21/08/2023).",
    )
    assert [v.start_date for v in dated] == [D(2023, 8, 21)]


def test_the_places_of_a_trip_as_a_bulleted_list() -> None:
    # "Adapun lokasi studi lapangan yaitu:" introduces the places (no definition of the activity)
    found = _visits(
        "SEMARANG (Kabar Jateng) - Peserta PKA Angkatan IV BPSDM Jawa Tengah melaksanakan studi lapangan pada 4-6 "
        "Juni 2024. Adapun lokasi studi lapangan yaitu:\n1. Kabupaten Sleman\n2. Kota Magelang\n3. Kabupaten Klaten",
    )
    assert sorted(v.destination.regency for v in found) == ["Kabupaten Klaten", "Kabupaten Sleman", "Kota Magelang"]
    # an explainer's "Studi lapangan yaitu …" still explains
    explainer = _visits(
        "Apa Itu Studi Lapangan",
        "Studi lapangan yaitu kegiatan peserta pelatihan mempelajari praktik baik di instansi lain.",
    )
    assert explainer == []


_GROUP = "32 peserta Pelatihan Kepemimpinan Administrator (PKA) Angkatan II Pemerintah Kabupaten Garut"


@pytest.mark.parametrize(
    "sentence",
    [
        f"CIMAHI - Pemerintah Kota Cimahi menjadi tuan rumah bagi {_GROUP}, Rabu (8/11/2023).",
        f"CIMAHI - Pemerintah Kota Cimahi menjamu {_GROUP}, Rabu (8/11/2023).",
        f"CIMAHI - Sebanyak {_GROUP} diterima Pemerintah Kota Cimahi, Rabu (8/11/2023).",
        f"CIMAHI - Sebanyak {_GROUP} disambut oleh Wakil Wali Kota Cimahi, Rabu (8/11/2023).",
        f"CIMAHI - Sebanyak {_GROUP} melaksanakan KSDN di Kota Cimahi, Rabu (8/11/2023).",
        f"CIMAHI - Sebanyak {_GROUP} melaksanakan SSDN di Pemerintah Kota Cimahi, Rabu (8/11/2023).",
    ],
)
def test_host_side_and_programme_trip_wordings_report_the_visit(sentence: str) -> None:
    # reporters write the host first ("menjadi tuan rumah", "menjamu"), the guests received in the
    # passive ("diterima", "disambut oleh"), or the programme's trip by its abbreviation (KSDN/SSDN)
    found = [e.visit for e in extract_text(sentence)]
    assert [(v.program, v.cohort, v.participants, v.destination.regency, v.origin.regency) for v in found] == [
        ("PKA", 2, 32, "Kota Cimahi", "Kabupaten Garut")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "SLEMAN - Sebanyak 40 peserta Latsar CPNS Kabupaten Sleman disambut Bupati Sleman pada pembukaan pelatihan "
        "di aula BKPSDM, Senin (6/11/2023).",
        "MAKASSAR - Gubernur Sulawesi Selatan menjamu 60 peserta PKA Angkatan III BPSDM Sulsel dalam acara penutupan "
        "pelatihan di rumah jabatan, Jumat (8/12/2023).",
        "KENDARI - Peserta PKP Angkatan V diterima Sekda Sultra saat upacara pembukaan di kampus BPSDM, "
        "Senin (6/11/2023).",
    ],
)
def test_participants_received_at_their_own_ceremony_are_no_visit(sentence: str) -> None:
    assert extract_text(sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        # (a kunker named with no council and no learning word: cues.working_trip_only)
        "MATARAM - Gubernur NTB melakukan kunjungan kerja ke Kabupaten Lombok Timur, Senin (7/8/2023), untuk "
        "meninjau pembangunan jalan dan menyerap aspirasi warga.",
        "Menteri Dalam Negeri melakukan kunker ke Kota Kupang, Selasa (8/8/2023), meresmikan gedung baru.",
        "BANGLI - Bupati Bangli beserta jajaran melakukan kunjungan kerja ke Kabupaten Mojokerto, Rabu (9/8/2023), "
        "menghadiri undangan peresmian pasar.",
    ],
)
def test_working_visit_without_learning_purpose_is_no_visit(text: str) -> None:
    # SCHEMA: a governor touring, a minister's kunker: a working visit with no purpose of learning
    assert extract_text(text) == []


@pytest.mark.parametrize(
    "purpose",
    [
        "untuk memperkaya pengetahuan soal pengelolaan sampah",
        "untuk menambah wawasan tentang pengelolaan sampah",
        "guna mencari informasi soal pengelolaan sampah",
        "untuk mendalami pengelolaan sampah",
        "untuk mencontoh pengelolaan sampah",
    ],
)
def test_working_visit_with_a_learning_purpose_is_a_visit(purpose: str) -> None:
    text = (
        "GRESIK - Sebanyak 12 anggota Komisi C DPRD Kabupaten Gresik melakukan kunjungan kerja ke Kota Malang, "
        f"Rabu (9/8/2023), {purpose}."
    )
    found = [e.visit for e in extract_text(text)]
    assert [(v.activity, v.destination.regency, v.origin.regency) for v in found] == [
        ("kunjungan kerja", "Kota Malang", "Kabupaten Gresik")
    ]


_PKP = "peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan IV BPSDM Provinsi Riau"


@pytest.mark.parametrize(
    "text",
    [
        f"BATAM - Sebanyak 40 {_PKP} belajar langsung tentang layanan perizinan di Kota Batam, Kamis (9/11/2023).",
        f"BATAM - Pemko Batam kembali menjadi rujukan. Kali ini, 40 {_PKP} datang untuk mempelajari layanan "
        "perizinan, Kamis (9/11/2023).",
        f"BATAM - Studi lapangan {_PKP} di Kota Batam berlangsung Kamis (9/11/2023).",
    ],
)
def test_learning_where_the_group_went_reports_the_visit(text: str) -> None:
    # no trip verb: the group learns at a named government, or its activity and place are a long name apart
    assert [(e.visit.program, e.visit.destination.regency) for e in extract_text(text)] == [("PKP", "Kota Batam")]


@pytest.mark.parametrize(
    "text",
    [
        "GARUT - Sebanyak 30 peserta Latsar CPNS Kabupaten Garut belajar tentang nilai dasar ASN di Kampus BKPSDM "
        "Kabupaten Garut, Senin (6/11/2023).",
        "Peserta PKA Angkatan II mempelajari materi agenda kepemimpinan di kelas BPSDM Provinsi Jawa Barat, Senin "
        "(6/11/2023).",
    ],
)
def test_learning_at_the_programmes_own_campus_is_no_visit(text: str) -> None:
    assert extract_text(text) == []


# a national ministry or body gone to with no place word: its head office is in DKI Jakarta
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "MAUMERE (Warta Flores) - Sebanyak 15 anggota Komisi A DPRD Kabupaten Sikka melakukan studi banding ke "
            "Badan Kepegawaian Negara (BKN) pada Selasa (12/3/2024) untuk mempelajari penerapan sistem merit.",
            [("DKI Jakarta", "Badan Kepegawaian Negara (BKN)")],
        ),
        (
            "PELAIHARI (Kabar Banua) - Panitia Khusus DPRD Kabupaten Tanah Laut menyambangi Kementerian "
            "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (KemenPAN-RB), Kamis (7/9/2023), guna menggali "
            "pengalaman penyederhanaan birokrasi.",
            [("DKI Jakarta", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (KemenPAN-RB)")],
        ),
        (
            "BANTAENG (Suara Butta) - Dua komisi DPRD Kabupaten Bantaeng melakukan kunjungan kerja pada 4-6 "
            "Oktober 2023. Komisi I mendatangi Kementerian Komunikasi dan Informatika, sedangkan Komisi II bertolak "
            "ke Kota Surabaya. Ketua DPRD Bantaeng mengatakan kunjungan itu untuk belajar tata kelola data.",
            [("DKI Jakarta", "Kementerian Komunikasi dan Informatika"), ("Jawa Timur", "Kota Surabaya")],
        ),
        (
            "SERANG (Banten Kini) - Rombongan Sekretariat DPRD Kabupaten Lebak berkunjung ke Perpusnas, Rabu "
            "(8/11/2023), untuk belajar mengelola perpustakaan dewan.",
            [("DKI Jakarta", "Perpusnas")],
        ),
    ],
)
def test_a_national_body_gone_to_is_in_jakarta(text: str, want: list) -> None:
    got = [(e.visit.destination.province, e.visit.destination.host) for e in extract_text(text)]
    assert got == want


@pytest.mark.parametrize(
    "extra",
    [
        "Studi banding ini sesuai arahan Kemendagri agar daerah mempercepat digitalisasi layanan.",
        "Mereka juga mempelajari regulasi dari KemenPAN-RB yang diterapkan Madiun melalui aplikasi Kemenkes.",
        "Sebelumnya, surat permohonan izin perjalanan telah dikirim ke Kementerian Dalam Negeri.",
        "Sepulang dari Madiun, Komisi B akan mendatangi Kementerian PUPR. Tujuannya berkonsultasi soal status jalan.",
    ],
)
def test_a_national_body_only_talked_about_is_no_destination(extra: str) -> None:
    text = (
        "MADIUN (Jatim Kini) - Sebanyak 20 anggota DPRD Kabupaten Lebong melakukan studi banding ke Pemerintah "
        "Kota Madiun, Rabu (8/11/2023), untuk mempelajari layanan digital. " + extra
    )
    assert [e.visit.destination.province for e in extract_text(text)] == ["Jawa Timur"]


# ---------------------------------------------------------------- a provincial host in its seat town
# schema: destination.regency is null for a provincial host, even when the town it sits in is written (a dateline,
# "di Pekanbaru", "selama di Ambon") and the province's council is named often by its own people


@pytest.mark.parametrize(
    ("text", "province", "host"),
    [
        (
            article(
                "SAMARINDA — Selasa (4/6), Komisi A DPRD Provinsi Sulawesi Barat melakukan kunjungan kerja ke DPRD "
                "Provinsi Kalimantan Timur. Rombongan diterima di ruang rapat Sekretariat DPRD Kaltim.",
                "Hadir mendampingi, tenaga ahli Komisi I DPRD Kaltim serta staf Bapemperda DPRD Kaltim.",
                "Anggota Komisi I DPRD Kaltim menjelaskan penyusunan tata tertib dewan.",
            ),
            "Kalimantan Timur",
            "DPRD Provinsi Kalimantan Timur",
        ),
        (
            article(
                "Pekanbaru (Warta Riau) - Badan Anggaran DPRD Provinsi Jawa Barat ingin mempelajari pengelolaan "
                "anggaran Anggota DPRD Riau.",
                "Ketua rombongan, ketika berkunjung ke DPRD Riau di Pekanbaru pada Kamis, menyebut pihaknya ingin "
                "bertukar pengalaman.",
                "Rombongan disambut Ketua DPRD Riau dan Wakil Ketua DPRD Riau.",
            ),
            "Riau",
            "DPRD Riau",
        ),
        (
            article(
                "AMBON - Panitia khusus DPRD Kabupaten Sikka melakukan studi banding ke DPRD Provinsi Maluku pada "
                "Selasa (14/5/2024).",
                "Selama di Ambon, rombongan berdiskusi dengan Ketua Komisi I DPRD Maluku dan Sekretaris DPRD Maluku "
                "soal raperda penyertaan modal.",
            ),
            "Maluku",
            "DPRD Provinsi Maluku",
        ),
    ],
)
def test_provincial_host_in_its_seat_town_names_no_regency(text: str, province: str, host: str) -> None:
    v = only_visit(text)
    assert v.destination.province == province
    assert v.destination.regency is None
    assert v.destination.host == host


def test_city_council_in_the_capital_keeps_its_city() -> None:
    v = only_visit(
        article(
            "SAMARINDA - Sebanyak 10 anggota DPRD Kabupaten Bantul melakukan studi banding ke DPRD Kota "
            "Samarinda, Rabu (5/6/2024). Rombongan disambut Ketua DPRD Kota Samarinda.",
            "Anggota DPRD Samarinda menjelaskan perda parkir kepada tamunya.",
        )
    )
    assert v.destination.regency == "Kota Samarinda"


def test_provincial_council_beside_the_city_government_keeps_the_city() -> None:
    v = only_visit(
        article(
            "AMBON - Panitia khusus DPRD Kabupaten Sikka melakukan studi banding ke Ambon pada Selasa "
            "(14/5/2024). Rombongan diterima di DPRD Provinsi Maluku, lalu mengunjungi Pemkot Ambon.",
            "Rombongan berdiskusi dengan Ketua Komisi I DPRD Maluku dan Sekretaris DPRD Maluku soal raperda.",
        )
    )
    assert v.destination.regency == "Kota Ambon"


def test_provincial_bureau_beside_a_city_dinas_keeps_the_city() -> None:
    v = only_visit(
        article(
            "MAKASSAR - Tim Pemerintah Kabupaten Sigi melakukan studi banding ke Kota Makassar, Kamis "
            "(6/6/2024). Rombongan mengunjungi Dinas Penanaman Modal Kota Makassar, lalu Biro Organisasi Setda "
            "Provinsi Sulawesi Selatan.",
            "Kepala Biro Organisasi Sulsel menyambut rombongan.",
        )
    )
    assert v.destination.regency == "Kota Makassar"
