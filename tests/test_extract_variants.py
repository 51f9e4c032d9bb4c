"""Robustness to wording (metamorphic tests): the facts of a study visit that extraction reads right in one
report, told again as other reporters write them: other trip verbs of the same class, the host's side and the
passive, another clause order, other date and number forms, other list shapes. Every mini article here is
written for these tests; none is article text. A variant that fails shows a rule reading one wording only."""

from __future__ import annotations

from typing import Any

import pytest

from diklat_cli.extract import extract_text

# the fields a case states: n (visits), dest (the set of destination regencies, or provinces where no
# regency), origin (the sending regency or province, every visit), activity, program, cohort, participants,
# start, end (every visit), lokus (the units visited of the one visit, as a set)


def _dest(v: Any) -> str | None:
    return v.destination.regency or v.destination.province


def _check(text: str, want: dict[str, Any]) -> None:
    found = [e.visit for e in extract_text(text)]
    got: dict[str, Any] = {"n": len(found)}
    if found:
        got["dest"] = {_dest(v) for v in found}
        for key, read in (
            ("origin", lambda v: v.origin.regency or v.origin.province),
            ("activity", lambda v: v.activity),
            ("program", lambda v: v.program),
            ("cohort", lambda v: v.cohort),
            ("participants", lambda v: v.participants),
            ("start", lambda v: v.start_date.isoformat() if v.start_date else None),
            ("end", lambda v: v.end_date.isoformat() if v.end_date else None),
        ):
            values = {read(v) for v in found}
            got[key] = values.pop() if len(values) == 1 else values
        got["lokus"] = set(found[0].host_agencies) if len(found) == 1 else None
    assert {k: got.get(k) for k in want} == want


# ---------------------------------------------------------------- one office studies another (Satpol PP)

_SATPOL = {
    "n": 1,
    "origin": "Kabupaten Padang Pariaman",
    "dest": {"Kota Pekanbaru"},
    "activity": "studi banding",
    "start": "2019-11-27",
    "end": "2019-11-27",
}

SATPOL = [
    pytest.param(
        "PADANG PARIAMAN - Satpol PP Kabupaten Padang Pariaman melaksanakan studi banding ke Satpol PP Kota "
        "Pekanbaru, Rabu (27/11/2019). Rombongan dipimpin Kepala Bidang Trantibum, Afet M. Mereka ingin "
        'mempelajari cara Pekanbaru menegakkan peraturan daerah. "Kami ingin meniru yang sudah berjalan di '
        'sini," kata Afet.',
        {**_SATPOL, "lokus": {"Satpol PP"}},
        id="satpol-melaksanakan",
    ),
    pytest.param(
        "PEKANBARU - Satpol PP Kota Pekanbaru menerima kunjungan studi banding Satpol PP Kabupaten Padang "
        "Pariaman di kantornya, Rabu (27/11/2019). Tamu dari Padang Pariaman itu ingin belajar penegakan "
        'perda. "Sudah banyak daerah lain yang datang ke sini," kata Kepala Satpol PP Pekanbaru, Agus Pramono.',
        _SATPOL,
        id="satpol-menerima-kunjungan",
    ),
    pytest.param(
        "Kantor Satpol PP Kota Pekanbaru dikunjungi rombongan Satpol PP Kabupaten Padang Pariaman pada 27 "
        "November 2019. Kunjungan itu dalam rangka studi banding penegakan peraturan daerah. Rombongan "
        "diterima Kepala Satpol PP Pekanbaru, Agus Pramono.",
        _SATPOL,
        id="satpol-dikunjungi",
    ),
    pytest.param(
        "Sebanyak 25 orang anggota Satpol PP Kabupaten Padang Pariaman bertandang ke Satpol PP Kota "
        "Pekanbaru, Rabu, 27 November 2019, untuk studi banding. Mereka mempelajari penanganan hiburan "
        "malam dan pelanggaran IMB.",
        {**_SATPOL, "participants": 25},
        id="satpol-bertandang-count-first",
    ),
    pytest.param(
        "Untuk studi banding penegakan perda, Satpol PP Kabupaten Padang Pariaman mendatangi Satpol PP Kota "
        "Pekanbaru pada Rabu (27/11/2019). Rombongan berjumlah 18 orang.",
        {**_SATPOL, "participants": 18},
        id="satpol-purpose-first-mendatangi",
    ),
]

# ---------------------------------------------------------------- a disaster office (BPBD) studies another

_BPBD = {
    "n": 1,
    "origin": "Kabupaten Enrekang",
    "dest": {"Kabupaten Barru"},
    "activity": "studi banding",
    "start": "2023-07-13",
}

BPBD = [
    pytest.param(
        "BARRU - BPBD Kabupaten Enrekang menyambangi BPBD Kabupaten Barru, Kamis (13/7/2023), untuk studi "
        "banding penanggulangan bencana. Rombongan yang berjumlah 12 orang diterima Kalaksa BPBD Barru, Umar "
        "Sinampe. Ia memaparkan inovasi penanganan bencana di daerahnya.",
        {**_BPBD, "participants": 12, "end": "2023-07-13"},
        id="bpbd-menyambangi",
    ),
    pytest.param(
        "Rombongan BPBD Kabupaten Enrekang berangkat ke Kabupaten Barru pada 13 Juli 2023 untuk mengikuti "
        "studi banding di BPBD setempat. Sebanyak 15 pegawai ikut dalam rombongan itu. Mereka ingin "
        "mempelajari strategi penanggulangan bencana Barru.",
        {**_BPBD, "participants": 15},
        id="bpbd-berangkat",
    ),
    pytest.param(
        "BPBD Kabupaten Barru kedatangan rombongan BPBD Kabupaten Enrekang, Kamis (13/7/2023). Rombongan "
        "datang untuk studi banding. Kalaksa BPBD Barru, Umar Sinampe, menjelaskan inovasi penanganan "
        "bencana kepada para tamu.",
        {**_BPBD, "end": "2023-07-13"},
        id="bpbd-kedatangan",
    ),
    pytest.param(
        "Studi banding BPBD Kabupaten Enrekang ke BPBD Kabupaten Barru berlangsung pada Kamis, 13 Juli 2023. "
        "Sebanyak 10 orang staf dipimpin Koordinator BPBD Enrekang, Usman. Mereka belajar strategi mitigasi "
        "bencana.",
        {**_BPBD, "participants": 10, "end": "2023-07-13"},
        id="bpbd-nominal-subject",
    ),
]

# ---------------------------------------------------------------- a leadership cohort's field study

_PIM = {
    "n": 1,
    "program": "Diklatpim IV",
    "activity": "studi lapangan",
    "dest": {"Kabupaten Banyuwangi"},
    "participants": 40,
    "start": "2019-04-01",
}

PIM = [
    pytest.param(
        "Sebanyak 40 peserta Diklatpim Tingkat IV Balai Pelatihan Kesehatan Semarang melaksanakan observasi "
        "lapangan di Kabupaten Banyuwangi, Senin (1/4/2019). Rombongan disambut Bupati Banyuwangi, Abdullah "
        "Azwar Anas. Para peserta mempelajari layanan Mal Pelayanan Publik.",
        _PIM,
        id="pim-melaksanakan",
    ),
    pytest.param(
        "Kabupaten Banyuwangi menjadi lokus observasi lapangan 40 peserta Diklatpim IV Balai Pelatihan "
        "Kesehatan Semarang, Senin (1/4/2019). Bupati Banyuwangi, Abdullah Azwar Anas, menyambut rombongan di "
        "pendopo.",
        _PIM,
        id="pim-menjadi-lokus",
    ),
    pytest.param(
        "Peserta Diklatpim IV Balai Pelatihan Kesehatan Semarang yang berjumlah 40 orang mengunjungi Kabupaten "
        "Banyuwangi pada Senin, 1 April 2019, dalam rangka observasi lapangan. Mereka belajar inovasi layanan "
        "publik daerah itu.",
        _PIM,
        id="pim-berjumlah-mengunjungi",
    ),
    pytest.param(
        "Pemkab Banyuwangi menerima kunjungan 40 peserta Diklatpim IV dari Balai Pelatihan Kesehatan Semarang, "
        "Senin (1/4/2019). Kunjungan itu bagian dari observasi lapangan. Para peserta melihat layanan Mal "
        "Pelayanan Publik.",
        _PIM,
        id="pim-host-menerima",
    ),
    pytest.param(
        "Empat puluh peserta Diklatpim IV Balai Pelatihan Kesehatan Semarang mengikuti observasi lapangan "
        "di Kabupaten Banyuwangi pada 1 April 2019. Kepala Balai, Emmilya Rosa, memimpin rombongan.",
        _PIM,
        id="pim-words-count-mengikuti",
    ),
]

# ---------------------------------------------------------------- a council's working visit

_DPRD = {"n": 1, "origin": "Kabupaten Bandung Barat", "dest": {"Kota Mataram"}, "start": "2013-06-26"}

DPRD = [
    pytest.param(
        "MATARAM - Komisi D DPRD Kabupaten Bandung Barat melakukan kunjungan kerja ke Kota Mataram, Rabu "
        "(26/6/2013). Rombongan ingin bertukar informasi soal pariwisata dan rumah susun. Ketua rombongan, "
        "Imam Tunggara, memimpin pertemuan itu.",
        {**_DPRD, "activity": "kunjungan kerja"},
        id="dprd-melakukan-kunker",
    ),
    pytest.param(
        "Pemerintah Kota Mataram menerima kunjungan kerja Komisi D DPRD Kabupaten Bandung Barat, Rabu "
        "(26/6/2013). Asisten Tata Praja Kota Mataram, Indra Bangsawan, menyambut rombongan.",
        {**_DPRD, "activity": "kunjungan kerja"},
        id="dprd-host-menerima-kunker",
    ),
    pytest.param(
        "Sebanyak 12 anggota Komisi D DPRD Kabupaten Bandung Barat bertolak ke Kota Mataram untuk studi "
        "banding pariwisata, Rabu (26/6/2013). Mereka diterima Asisten Tata Praja Kota Mataram.",
        {**_DPRD, "activity": "studi banding", "participants": 12},
        id="dprd-bertolak",
    ),
    pytest.param(
        "Komisi D DPRD Kabupaten Bandung Barat menggelar studi banding di Kota Mataram pada 26 Juni 2013. "
        "Kunjungan itu membahas pengelolaan rumah susun.",
        {**_DPRD, "activity": "studi banding"},
        id="dprd-menggelar-di",
    ),
]

# ---------------------------------------------------------------- a regency government's studi tiru

_TIRU = {
    "n": 1,
    "origin": "Kabupaten Kulon Progo",
    "dest": {"Kabupaten Kebumen"},
    "activity": "studi banding",
    "start": "2024-12-14",
}

TIRU = [
    pytest.param(
        "Pemkab Kulon Progo mengikuti studi tiru di Kabupaten Kebumen, Sabtu (14/12/2024). Pj Bupati Kulon "
        "Progo, Srie Nurkyatsiwi, memimpin rombongan. Mereka ingin belajar tata kelola alun-alun.",
        _TIRU,
        id="tiru-mengikuti",
    ),
    pytest.param(
        "Kabupaten Kebumen menjadi tujuan studi tiru Pemerintah Kabupaten Kulon Progo pada Sabtu, 14 "
        "Desember 2024. Rombongan dipimpin Pj Bupati Kulon Progo, Srie Nurkyatsiwi.",
        _TIRU,
        id="tiru-menjadi-tujuan",
    ),
    pytest.param(
        "Pemerintah Kabupaten Kulon Progo bertolak ke Kabupaten Kebumen untuk studi tiru, Sabtu (14/12/2024). "
        "Sebanyak 30 orang kepala OPD ikut dalam rombongan.",
        {**_TIRU, "participants": 30},
        id="tiru-bertolak",
    ),
]

# ---------------------------------------------------------------- days told as a span

DAYS = [
    pytest.param(
        "Sebanyak 30 peserta PKA Angkatan III BPSDM Provinsi Jawa Tengah melaksanakan benchmarking ke "
        "Kabupaten Badung selama tiga hari, 3-5 Juli 2023. Mereka belajar inovasi pelayanan publik.",
        {
            "n": 1,
            "program": "PKA",
            "cohort": 3,
            "participants": 30,
            "dest": {"Kabupaten Badung"},
            "activity": "benchmarking",
            "start": "2023-07-03",
            "end": "2023-07-05",
        },
        id="days-dash-span",
    ),
    pytest.param(
        "Peserta PKA Angkatan III BPSDM Provinsi Jawa Tengah melakukan benchmarking ke Kabupaten Badung "
        "sejak Senin (3/7/2023) hingga Rabu (5/7/2023). Jumlah peserta 30 orang.",
        {
            "n": 1,
            "program": "PKA",
            "cohort": 3,
            "dest": {"Kabupaten Badung"},
            "start": "2023-07-03",
            "end": "2023-07-05",
        },
        id="days-sejak-hingga",
    ),
    pytest.param(
        "Benchmarking peserta PKA Angkatan III BPSDM Provinsi Jawa Tengah ke Kabupaten Badung digelar pada 3 "
        "sampai 5 Juli 2023. Sebanyak 30 orang peserta ikut dalam kegiatan itu.",
        {
            "n": 1,
            "program": "PKA",
            "cohort": 3,
            "participants": 30,
            "dest": {"Kabupaten Badung"},
            "start": "2023-07-03",
            "end": "2023-07-05",
        },
        id="days-sampai",
    ),
    pytest.param(
        "Selama lima hari, mulai 3 Juli 2023, peserta PKA Angkatan III BPSDM Provinsi Jawa Tengah "
        "menjalani benchmarking di Kabupaten Badung. Kegiatan diikuti 30 peserta.",
        {
            "n": 1,
            "program": "PKA",
            "cohort": 3,
            "participants": 30,
            "dest": {"Kabupaten Badung"},
            "start": "2023-07-03",
            "end": "2023-07-07",
        },
        id="days-length-first",
    ),
]

# ---------------------------------------------------------------- one group, several places in a list

LISTS = [
    pytest.param(
        "Komisi A DPRD Kabupaten Kapuas melakukan kunjungan kerja ke Kota Yogyakarta, Kabupaten Sleman, serta "
        "Kabupaten Bantul, Senin (6/3/2023). Rombongan mempelajari pengelolaan aset daerah.",
        {
            "n": 3,
            "origin": "Kabupaten Kapuas",
            "dest": {"Kota Yogyakarta", "Kabupaten Sleman", "Kabupaten Bantul"},
            "activity": "kunjungan kerja",
        },
        id="list-serta",
    ),
    pytest.param(
        "Komisi A DPRD Kabupaten Kapuas berkunjung ke tiga daerah, antara lain Kota Yogyakarta, Kabupaten "
        "Sleman dan Kabupaten Bantul, untuk studi banding pengelolaan aset pada Maret 2023.",
        {
            "n": 3,
            "origin": "Kabupaten Kapuas",
            "dest": {"Kota Yogyakarta", "Kabupaten Sleman", "Kabupaten Bantul"},
            "activity": "studi banding",
        },
        id="list-antara-lain",
    ),
    pytest.param(
        "Rombongan Komisi A DPRD Kabupaten Kapuas menyambangi sejumlah daerah, mulai dari Kota Yogyakarta, "
        "Kabupaten Sleman, hingga Kabupaten Bantul. Studi banding itu berlangsung pada 6-8 Maret 2023.",
        {
            "n": 3,
            "origin": "Kabupaten Kapuas",
            "dest": {"Kota Yogyakarta", "Kabupaten Sleman", "Kabupaten Bantul"},
            "activity": "studi banding",
            "start": "2023-03-06",
            "end": "2023-03-08",
        },
        id="list-mulai-dari-hingga",
    ),
    pytest.param(
        "Pemkab Paser menggelar studi tiru ke Kabupaten Badung, Selasa (28/5/2024). Rombongan mendatangi "
        "sejumlah unit, antara lain Mal Pelayanan Publik, Dinas Kependudukan dan Pencatatan Sipil, serta "
        "RSUD Mangusada.",
        {
            "n": 1,
            "origin": "Kabupaten Paser",
            "dest": {"Kabupaten Badung"},
            "lokus": {"Mal Pelayanan Publik", "Dinas Kependudukan dan Pencatatan Sipil", "RSUD Mangusada"},
        },
        id="lokus-antara-lain-serta",
    ),
]

# ---------------------------------------------------------------- village heads at a village

DESA = [
    pytest.param(
        "Para kepala desa asal Kabupaten Polewali Mandar mengikuti studi banding ke Desa Ponggok, Kabupaten "
        "Klaten, Selasa (8/10/2019). Mereka mempelajari pengelolaan BUMDes.",
        {
            "n": 1,
            "origin": "Kabupaten Polewali Mandar",
            "dest": {"Kabupaten Klaten"},
            "activity": "studi banding",
            "start": "2019-10-08",
            "lokus": {"Desa Ponggok"},
        },
        id="desa-mengikuti",
    ),
    pytest.param(
        "Desa Ponggok, Kabupaten Klaten, menerima kunjungan studi banding puluhan kepala desa dari Kabupaten "
        "Polewali Mandar, Selasa (8/10/2019). Direktur BUMDes Tirta Mandiri memaparkan pengelolaan usaha desa.",
        {
            "n": 1,
            "origin": "Kabupaten Polewali Mandar",
            "dest": {"Kabupaten Klaten"},
            "activity": "studi banding",
            "start": "2019-10-08",
            "lokus": {"Desa Ponggok"},
        },
        id="desa-host-menerima",
    ),
    pytest.param(
        "Sebanyak 35 kepala desa se-Kabupaten Polewali Mandar bertandang ke Desa Ponggok di Kabupaten Klaten "
        "pada 8 Oktober 2019 untuk studi banding pengelolaan BUMDes.",
        {
            "n": 1,
            "origin": "Kabupaten Polewali Mandar",
            "dest": {"Kabupaten Klaten"},
            "participants": 35,
            "activity": "studi banding",
            "start": "2019-10-08",
            "lokus": {"Desa Ponggok"},
        },
        id="desa-bertandang",
    ),
]


@pytest.mark.parametrize(("text", "want"), SATPOL + BPBD + PIM + DPRD + TIRU + DAYS + LISTS + DESA)
def test_the_facts_told_in_another_wording_give_the_same_visit(text: str, want: dict[str, Any]) -> None:
    _check(text, want)
