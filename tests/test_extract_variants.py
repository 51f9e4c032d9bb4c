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


# ---------------------------------------------------------------- a provincial cohort's field study (PKA)

_PKA = {
    "n": 1,
    "program": "PKA",
    "cohort": 8,
    "activity": "studi lapangan",
    "participants": 40,
    "origin": "Maluku",
    "dest": {"Kota Mojokerto"},
    "start": "2024-06-10",
}

PKA = [
    pytest.param(
        "Sebanyak 40 orang peserta PKA Angkatan VIII BPSDM Provinsi Maluku melaksanakan studi lapangan di Kota "
        "Mojokerto, Senin (10/6/2024). Rombongan disambut Wali Kota Mojokerto, Ika Puspitasari.",
        _PKA,
        id="pka-melaksanakan",
    ),
    pytest.param(
        "Kota Mojokerto menjadi lokus studi lapangan peserta Pelatihan Kepemimpinan Administrator Angkatan VIII "
        "Provinsi Maluku. Sebanyak 40 peserta tiba di Balai Kota Mojokerto, Senin (10/6/2024).",
        _PKA,
        id="pka-menjadi-lokus",
    ),
    pytest.param(
        "Wali Kota Mojokerto, Ika Puspitasari, menerima kunjungan studi lapangan 40 peserta PKA Angkatan VIII dari "
        "BPSDM Provinsi Maluku, Senin (10/6/2024).",
        _PKA,
        id="pka-host-head-menerima",
    ),
    pytest.param(
        "Pemerintah Kota Mojokerto kedatangan 40 peserta Pelatihan Kepemimpinan Administrator (PKA) Angkatan VIII "
        "asal Provinsi Maluku, Senin (10/6/2024). Kedatangan mereka dalam rangka studi lapangan.",
        _PKA,
        id="pka-kedatangan-asal",
    ),
    pytest.param(
        "Dalam rangka studi lapangan, BPSDM Provinsi Maluku memboyong 40 peserta PKA Angkatan VIII ke Kota "
        "Mojokerto, Senin (10/6/2024).",
        _PKA,
        id="pka-memboyong",
    ),
]

# ---------------------------------------------------------------- a national cohort (PKN II, PPRA)

NATIONAL = [
    pytest.param(
        "Tiga belas peserta PKN Tingkat II Angkatan X menjalani Visitasi Kepemimpinan Nasional di Kabupaten Sragen, "
        "Senin (8/7/2024). Mereka disambut Plh Sekda Sragen, Tugiyono.",
        {
            "n": 1,
            "program": "PKN II",
            "cohort": 10,
            "participants": 13,
            "dest": {"Kabupaten Sragen"},
            "activity": "studi lapangan",
            "start": "2024-07-08",
        },
        id="pkn-menjalani",
    ),
    pytest.param(
        "Kabupaten Sragen dikunjungi 13 peserta PKN Tingkat II Angkatan X dalam rangka Visitasi Kepemimpinan "
        "Nasional, Senin (8/7/2024).",
        {
            "n": 1,
            "program": "PKN II",
            "cohort": 10,
            "participants": 13,
            "dest": {"Kabupaten Sragen"},
            "activity": "studi lapangan",
            "start": "2024-07-08",
        },
        id="pkn-dikunjungi",
    ),
    pytest.param(
        "Peserta PPRA Angkatan LXVII Lemhannas RI melaksanakan SSDN di Provinsi Sumatera Selatan sejak 10 hingga 13 "
        "Juni 2024. Mereka diterima Gubernur Sumsel di Griya Agung.",
        {
            "n": 1,
            "program": "PPRA",
            "cohort": 67,
            "activity": "ksdn",
            "dest": {"Sumatera Selatan"},
            "start": "2024-06-10",
            "end": "2024-06-13",
        },
        id="ppra-sejak-hingga",
    ),
    pytest.param(
        "Pemprov Sumsel menerima rombongan SSDN PPRA LXVII Lemhannas RI, Senin (10/6/2024). Kegiatan berlangsung "
        "empat hari hingga 13 Juni 2024.",
        {
            "n": 1,
            "program": "PPRA",
            "cohort": 67,
            "activity": "ksdn",
            "dest": {"Sumatera Selatan"},
            "start": "2024-06-10",
            "end": "2024-06-13",
        },
        id="ppra-host-menerima",
    ),
    pytest.param(
        "Sebanyak 40 CPNS peserta Latsar Angkatan 151 Kabupaten Purbalingga berkunjung ke Kabupaten Banyumas untuk "
        "studi lapangan, Kamis (2/9/2021).",
        {
            "n": 1,
            "program": "Latsar CPNS",
            "cohort": 151,
            "participants": 40,
            "origin": "Kabupaten Purbalingga",
            "dest": {"Kabupaten Banyumas"},
            "start": "2021-09-02",
        },
        id="latsar-berkunjung",
    ),
]

# ---------------------------------------------------------------- a head of region or official leading the trip

_HEAD = {"n": 1, "origin": "Kabupaten Gowa", "dest": {"Kabupaten Banyuwangi"}, "activity": "studi banding"}

HEADS = [
    pytest.param(
        "Bupati Gowa beserta jajaran kepala OPD melakukan studi tiru ke Kabupaten Banyuwangi, Rabu (5/7/2023). "
        "Mereka mempelajari Mal Pelayanan Publik.",
        _HEAD,
        id="head-beserta-jajaran",
    ),
    pytest.param(
        "Bupati Gowa Adnan Purichta beserta jajaran melakukan studi tiru ke Kabupaten Banyuwangi, Rabu (5/7/2023).",
        _HEAD,
        id="head-named-beserta",
    ),
    pytest.param(
        "Sekda Kabupaten Gowa bersama sejumlah kepala OPD bertolak ke Kabupaten Banyuwangi untuk studi tiru, Rabu "
        "(5/7/2023).",
        _HEAD,
        id="sekda-bersama-bertolak",
    ),
    pytest.param(
        "Pemkab Banyuwangi menjamu rombongan Bupati Gowa yang datang untuk studi tiru, Rabu (5/7/2023).",
        _HEAD,
        id="host-menjamu-rombongan-bupati",
    ),
    pytest.param(
        "Pemkab Banyuwangi bertindak sebagai tuan rumah studi tiru Pemkab Gowa, Rabu (5/7/2023).",
        _HEAD,
        id="host-tuan-rumah",
    ),
    pytest.param(
        "Kabupaten Banyuwangi kembali kedatangan tamu. Kali ini Pemkab Gowa yang datang untuk studi tiru, Rabu "
        "(5/7/2023).",
        _HEAD,
        id="host-kali-ini-yang-datang",
    ),
]

# ---------------------------------------------------------------- one group, two stops told in other shapes

_TWO = {"n": 2, "origin": "Kabupaten Maros", "dest": {"Kota Surabaya", "Kabupaten Badung"}}

STOPS = [
    pytest.param(
        "Selain Kota Surabaya, rombongan studi banding DPRD Kabupaten Maros juga mengunjungi Kabupaten Badung, Rabu "
        "(5/7/2023).",
        _TWO,
        id="stops-selain",
    ),
    pytest.param(
        "Rombongan studi banding DPRD Kabupaten Maros tidak hanya mengunjungi Kota Surabaya, tetapi juga Kabupaten "
        "Badung, Rabu (5/7/2023).",
        _TWO,
        id="stops-tidak-hanya-tetapi-juga",
    ),
    pytest.param(
        "DPRD Kabupaten Maros melakukan studi banding, Rabu (5/7/2023). Daerah yang dikunjungi meliputi Kota "
        "Surabaya dan Kabupaten Badung.",
        _TWO,
        id="stops-yang-dikunjungi-meliputi",
    ),
    pytest.param(
        "DPRD Kabupaten Maros studi banding ke Kota Surabaya, Rabu (5/7/2023), dan dilanjutkan ke Kabupaten Badung. "
        "Mereka mempelajari pengelolaan pariwisata.",
        _TWO,
        id="stops-dilanjutkan",
    ),
    pytest.param(
        "Sebelum ke Kabupaten Badung, rombongan studi banding DPRD Kabupaten Maros terlebih dulu mampir ke Kota "
        "Surabaya, Rabu (5/7/2023).",
        _TWO,
        id="stops-sebelum-mampir",
    ),
    pytest.param(
        "DPRD Kabupaten Maros studi banding 5-8 Juli 2023. Hari pertama rombongan berada di Kota Surabaya, hari "
        "kedua di Kabupaten Badung.",
        _TWO,
        id="stops-hari-pertama-kedua",
    ),
    pytest.param(
        "Peserta PKA Angkatan II BPSDM Provinsi Jambi studi lapangan dalam dua kelompok. Kelompok 1 ke Kota "
        "Surabaya, kelompok 2 ke Kabupaten Badung, Rabu (5/7/2023).",
        {"n": 2, "origin": "Jambi", "dest": {"Kota Surabaya", "Kabupaten Badung"}, "program": "PKA"},
        id="stops-kelompok-1-2",
    ),
]

# ---------------------------------------------------------------- the head count in other words

_COUNTED = {"n": 1, "origin": "Kabupaten Maros", "dest": {"Kota Surabaya"}, "participants": 25}

COUNTS = [
    pytest.param(
        "Pemkab Maros studi banding ke Kota Surabaya, Rabu (5/7/2023). Rombongan terdiri atas 25 orang.",
        _COUNTED,
        id="count-terdiri-atas",
    ),
    pytest.param(
        "Pemkab Maros studi banding ke Kota Surabaya, Rabu (5/7/2023). Rombongan beranggotakan 25 orang.",
        _COUNTED,
        id="count-beranggotakan",
    ),
    pytest.param(
        "Pemkab Maros studi banding ke Kota Surabaya, Rabu (5/7/2023). Studi banding itu melibatkan 25 orang.",
        _COUNTED,
        id="count-melibatkan",
    ),
    pytest.param(
        "Dua puluh lima anggota DPRD Kabupaten Maros melakukan studi banding ke Kota Surabaya, Rabu (5/7/2023).",
        _COUNTED,
        id="count-words",
    ),
    pytest.param(
        "Sebanyak 25 (dua puluh lima) orang anggota DPRD Kabupaten Maros melakukan studi banding ke Kota Surabaya, "
        "Rabu (5/7/2023).",
        _COUNTED,
        id="count-digits-and-words",
    ),
    pytest.param(
        "DPRD Kabupaten Maros melakukan studi banding ke Kota Surabaya, Rabu (5/7/2023). Jumlah peserta studi "
        "banding sebanyak 25 orang.",
        _COUNTED,
        id="count-jumlah-peserta",
    ),
]

# ---------------------------------------------------------------- variants no general rule reads yet

KNOWN = [
    pytest.param(
        "Rombongan BPBD Kabupaten Enrekang diterima Kalaksa BPBD Kabupaten Barru, Kamis (13/7/2023), dalam rangka "
        "studi banding.",
        {"n": 1, "origin": "Kabupaten Enrekang", "dest": {"Kabupaten Barru"}},
        id="known-received-by-office-title",
        marks=pytest.mark.xfail(
            strict=True, reason="the receiver's office region as destination moves fa-13's dates (guard), reverted"
        ),
    ),
    pytest.param(
        "Rombongan yang dipimpin Bupati Gowa tiba di Kabupaten Banyuwangi, Rabu (5/7/2023), untuk studi tiru.",
        {"n": 1, "origin": "Kabupaten Gowa", "dest": {"Kabupaten Banyuwangi"}},
        id="known-dipimpin-leader-region",
        marks=pytest.mark.xfail(strict=True, reason="the leader's region as origin splits ma-02's host list, reverted"),
    ),
    pytest.param(
        "DPRD Kabupaten Maros studi banding dalam dua rombongan: rombongan pertama ke Kota Surabaya dan rombongan "
        "kedua ke Kabupaten Badung, Rabu (5/7/2023).",
        _TWO,
        id="rombongan-as-subgroup",
    ),
    pytest.param(
        "Komisi A DPRD Kabupaten Maros melakukan stuban ke Kota Surabaya, Rabu (5/7/2023), untuk mempelajari pasar.",
        {"n": 1, "activity": "studi banding"},
        id="known-stuban",
        marks=pytest.mark.xfail(strict=True, reason="'stuban' as studi banding invents a visit in kx-19, reverted"),
    ),
    pytest.param(
        "Pemkab Maros studi banding ke Kota Surabaya, Rabu (5/7/2023). Ada 25 orang dalam rombongan.",
        _COUNTED,
        id="known-ada-n-orang",
        marks=pytest.mark.xfail(strict=True, reason="a bare 'ada N orang' is as often a count of something else"),
    ),
    pytest.param(
        "DPRD Kabupaten Maros melakukan studi banding, Rabu (5/7/2023). Daerah yang dituju adalah Kota Surabaya dan "
        "Kabupaten Badung.",
        _TWO,
        id="dituju-a-weak-cue",  # ("dituju" beside "tujuan" among the weak cues, the places after a list word)
    ),
]


# ------------------------------------------- village heads at two villages of two regencies (round 35)

_KADES = {
    "n": 2,
    "origin": "Kabupaten Banyuwangi",
    "dest": {"Kabupaten Gianyar", "Kabupaten Bangli"},
    "activity": "studi banding",
    "participants": 22,
}

KADES = [
    pytest.param(
        "BANYUWANGI - Sebanyak 22 kepala desa dari Kabupaten Banyuwangi melakukan studi banding desa wisata ke "
        "Bali. Mereka mengunjungi Desa Batubulan di Kabupaten Gianyar serta Desa Adat Penglipuran di Kabupaten "
        "Bangli. Rombongan dipimpin langsung oleh bupati. Para kades belajar menata lingkungan desa.",
        _KADES,
        id="kades-melakukan-serta",
    ),
    pytest.param(
        "Dua desa wisata di Bali, yakni Desa Batubulan, Kabupaten Gianyar, dan Desa Adat Penglipuran, Kabupaten "
        "Bangli, menjadi tujuan studi banding 22 kades asal Kabupaten Banyuwangi. Rombongan disambut perbekel "
        "setempat. Para kades mempelajari cara mengembangkan desa adat menjadi desa wisata.",
        _KADES,
        id="kades-menjadi-tujuan",
    ),
    pytest.param(
        "Para kepala desa Kabupaten Banyuwangi yang berjumlah 22 orang bertolak ke Bali untuk studi banding. Di "
        "sana mereka menyambangi Desa Batubulan (Kabupaten Gianyar) dan Desa Adat Penglipuran (Kabupaten "
        "Bangli). Mereka ingin meniru cara warga melayani wisatawan.",
        _KADES,
        id="kades-bertolak-menyambangi",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'Desa X (Kabupaten Y)': the bracketed regency stays in the unit; no readable article",
        ),
    ),
    pytest.param(
        "GIANYAR - Desa Batubulan, Kabupaten Gianyar, menerima kunjungan studi banding 22 kepala desa dari "
        "Kabupaten Banyuwangi. Setelah itu rombongan melanjutkan perjalanan ke Desa Adat Penglipuran di "
        "Kabupaten Bangli. Kunjungan ini untuk belajar mengelola desa wisata.",
        _KADES,
        id="kades-host-menerima-dilanjutkan",
    ),
]

# ------------------------------------------------- a council split over three regencies on two days

_KLATEN = {
    "n": 3,
    "origin": "Kabupaten Klaten",
    "dest": {"Kabupaten Badung", "Kabupaten Gianyar", "Kabupaten Tabanan"},
    "activity": "studi banding",
    "start": "2019-10-30",
    "end": "2019-10-31",
}

KLATEN = [
    pytest.param(
        "DPRD Kabupaten Klaten melaksanakan studi banding ke Bali pada 30-31 Oktober 2019. Rombongan dibagi ke "
        "tiga kabupaten, yaitu Badung, Gianyar, serta Tabanan. Di Badung dan Gianyar mereka mempelajari "
        "pariwisata, di Tabanan pertanian.",
        _KLATEN,
        id="klaten-melaksanakan-serta",
    ),
    pytest.param(
        "Selama dua hari, 30 hingga 31 Oktober 2019, anggota DPRD Kabupaten Klaten berada di Bali untuk studi "
        "banding. Daerah yang mereka kunjungi antara lain Kabupaten Badung, Kabupaten Gianyar, dan Kabupaten "
        "Tabanan. Ketua DPRD memimpin rombongan.",
        _KLATEN,
        id="klaten-antara-lain-hingga",
    ),
    pytest.param(
        "Rombongan Komisi II dan Komisi IV DPRD Kabupaten Klaten menggelar studi banding di Kabupaten Badung, "
        "Kabupaten Gianyar dan Kabupaten Tabanan, Rabu-Kamis (30-31/10/2019). Para wakil rakyat belajar "
        "mengelola wisata dan sawah.",
        _KLATEN,
        id="klaten-menggelar-day-range",
    ),
]

# ---------------------------------------------------- a council receives two councils on one day

_BANJAR = {
    "n": 2,
    "origin": {"Kabupaten Paser", "Kabupaten Pulang Pisau"},
    "dest": {"Kabupaten Banjar"},
    "activity": "kunjungan kerja",
    "start": "2021-07-27",
    "end": "2021-07-27",
}

BANJAR = [
    pytest.param(
        "MARTAPURA - DPRD Kabupaten Banjar dikunjungi anggota DPRD Kabupaten Paser dan DPRD Kabupaten Pulang "
        "Pisau dalam rangka kunjungan kerja, Selasa (27/7/2021). Mereka disambut anggota Komisi I. Kedua tamu "
        "ingin tahu cara kerja Badan Musyawarah.",
        _BANJAR,
        id="banjar-dikunjungi-two",
    ),
    pytest.param(
        "Anggota DPRD Kabupaten Paser dan anggota DPRD Kabupaten Pulang Pisau melakukan kunjungan kerja ke DPRD "
        "Kabupaten Banjar pada 27 Juli 2021. Rombongan diterima Komisi I di ruang rapat. Mereka bertukar "
        "pengalaman soal jadwal sidang.",
        _BANJAR,
        id="banjar-guests-melakukan",
    ),
    pytest.param(
        "Komisi I DPRD Kabupaten Banjar, Selasa (27/7/2021), menerima kunjungan kerja dua DPRD sekaligus, "
        "masing-masing dari Kabupaten Paser dan Kabupaten Pulang Pisau. Kedatangan mereka untuk berbagi soal "
        "kegiatan dewan.",
        _BANJAR,
        id="banjar-masing-masing",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a date between the host and 'menerima' turns the host into the sender; < 3 articles write it so",
        ),
    ),
]

# ----------------------------------------------------- a village hosts three regencies on one day

_PONGGOK = {
    "n": 3,
    "origin": {"Kabupaten Pangandaran", "Kabupaten Tuban", "Kabupaten Pasuruan"},
    "dest": {"Kabupaten Klaten"},
    "activity": "studi banding",
    "start": "2021-03-27",
    "end": "2021-03-27",
}

PONGGOK = [
    pytest.param(
        "KLATEN - Desa Ponggok, Kabupaten Klaten, dikunjungi rombongan studi banding dari tiga kabupaten, yaitu "
        "Kabupaten Pangandaran, Kabupaten Tuban, serta Kabupaten Pasuruan, Sabtu (27/3/2021). Mereka ingin "
        "belajar mengolah potensi desa.",
        _PONGGOK,
        id="ponggok-dikunjungi-serta",
    ),
    pytest.param(
        "Pada 27 Maret 2021, Kabupaten Pangandaran, Kabupaten Tuban dan Kabupaten Pasuruan melakukan studi "
        "banding ke Desa Ponggok di Kabupaten Klaten. Kepala desa menjelaskan program desa kepada para tamu.",
        _PONGGOK,
        id="ponggok-guests-melakukan",
    ),
    pytest.param(
        "Pemerintah Desa Ponggok di Kabupaten Klaten kembali menjadi lokus studi banding. Sabtu (27/3/2021), "
        "desa itu kedatangan tamu dari Kabupaten Pangandaran, Kabupaten Tuban, dan Kabupaten Pasuruan. Mereka "
        "belajar soal badan usaha milik desa.",
        _PONGGOK,
        id="ponggok-menjadi-lokus",
    ),
]


# --------------------------------------------------- a leadership class received by another regency

_PKA4 = {
    "n": 1,
    "origin": "Kabupaten Cilacap",
    "dest": {"Kabupaten Magelang"},
    "activity": "studi lapangan",
    "program": "PKA",
    "cohort": 4,
    "start": "2025-05-15",
    "end": "2025-05-15",
}

PKA4 = [
    pytest.param(
        "MAGELANG - Pemerintah Kabupaten Magelang menerima kunjungan studi lapangan peserta Pelatihan "
        "Kepemimpinan Administrator (PKA) Angkatan IV Kabupaten Cilacap, Kamis (15/5/2025). Rombongan disambut "
        "Sekretaris Daerah di pendopo. Para peserta ingin belajar pelayanan publik.",
        _PKA4,
        id="pka4-host-menerima",
    ),
    pytest.param(
        "Peserta Pelatihan Kepemimpinan Administrator (PKA) Angkatan IV Kabupaten Cilacap bertandang ke "
        "Kabupaten Magelang pada 15 Mei 2025 untuk studi lapangan. Mereka dipimpin Kepala BKPSDM Kabupaten "
        "Cilacap. Peserta mempelajari inovasi pelayanan.",
        _PKA4,
        id="pka4-bertandang-date-words",
    ),
    pytest.param(
        "Kabupaten Magelang menjadi lokus studi lapangan Pelatihan Kepemimpinan Administrator (PKA) Angkatan IV "
        "Kabupaten Cilacap. Kegiatan berlangsung Kamis, 15 Mei 2025. Sekda Kabupaten Magelang menyambut para "
        "peserta.",
        _PKA4,
        id="pka4-menjadi-lokus",
    ),
    pytest.param(
        "Kamis (15/5/2025), rombongan peserta PKA Angkatan IV Kabupaten Cilacap menyambangi Pemerintah "
        "Kabupaten Magelang. Kunjungan itu bagian dari studi lapangan kinerja organisasi. Peserta berdiskusi "
        "dengan pejabat setempat.",
        _PKA4,
        id="pka4-date-first-menyambangi",
    ),
]

# ---------------------------------------------------- a women's movement team, its size and its day

_PKK = {
    "n": 1,
    "origin": "Kabupaten Solok",
    "dest": {"Kabupaten Klaten"},
    "activity": "studi banding",
    "participants": 19,
    "start": "2021-11-07",
    "end": "2021-11-07",
}

PKK = [
    pytest.param(
        "KLATEN - Sebanyak 19 orang anggota Tim Penggerak PKK Kabupaten Solok mendatangi TP PKK Kabupaten Klaten "
        "untuk studi banding, Minggu (7/11/2021). Rombongan disambut ketua TP PKK setempat. Mereka melihat "
        "kegiatan PKK desa.",
        _PKK,
        id="pkk-sebanyak-mendatangi",
    ),
    pytest.param(
        "TP PKK Kabupaten Klaten kedatangan tamu dari TP PKK Kabupaten Solok, Sumatera Barat, pada 7 November "
        "2021. Rombongan yang berjumlah 19 orang itu melakukan studi banding administrasi PKK.",
        _PKK,
        id="pkk-host-kedatangan-berjumlah",
    ),
    pytest.param(
        "Tim Penggerak PKK Kabupaten Solok menggelar studi banding ke Kabupaten Klaten, Minggu, 7 November 2021. "
        "Rombongan beranggotakan 19 orang dipimpin ketuanya. Mereka belajar dari kader desa.",
        _PKK,
        id="pkk-menggelar-beranggotakan",
    ),
]


# ------------------------------------------------- a council receives several councils on one day

_GOWA = {
    "n": 3,
    "origin": {"Kota Probolinggo", "Kabupaten Tabanan", "Kabupaten Kutai Kartanegara"},
    "dest": {"Kabupaten Gowa"},
    "activity": "studi banding",
    "start": "2019-12-03",
    "end": "2019-12-03",
}

GOWA = [
    pytest.param(
        "GOWA - DPRD Kabupaten Gowa menerima kunjungan studi banding DPRD Kota Probolinggo, DPRD Kabupaten "
        "Tabanan, serta DPRD Kabupaten Kutai Kartanegara, Selasa (3/12/2019). Para tamu disambut Ketua Komisi IV. "
        "Mereka belajar soal pembahasan anggaran.",
        _GOWA,
        id="gowa-host-menerima-serta",
    ),
    pytest.param(
        "Selasa, 3 Desember 2019, DPRD Kabupaten Gowa kembali kedatangan rombongan studi banding. Rombongan yang "
        "datang antara lain DPRD Kota Probolinggo, DPRD Kabupaten Tabanan dan DPRD Kabupaten Kutai Kartanegara. "
        "Mereka diterima di ruang rapat paripurna.",
        _GOWA,
        id="gowa-kedatangan-antara-lain",
    ),
    pytest.param(
        "Tiga DPRD, mulai dari DPRD Kota Probolinggo, DPRD Kabupaten Tabanan, hingga DPRD Kabupaten Kutai "
        "Kartanegara, melakukan studi banding ke DPRD Kabupaten Gowa pada 3 Desember 2019. Ketua Komisi IV "
        "menyambut para tamu.",
        _GOWA,
        id="gowa-guests-mulai-dari-hingga",
    ),
    pytest.param(
        "Kantor DPRD Kabupaten Gowa dikunjungi rombongan DPRD Kota Probolinggo, DPRD Kabupaten Tabanan, dan DPRD "
        "Kabupaten Kutai Kartanegara, Selasa (3/12/2019). Kunjungan itu dalam rangka studi banding tata tertib "
        "dewan.",
        _GOWA,
        id="gowa-dikunjungi-three",
    ),
]

# ------------------------------------------------------- a council split by commission over three places

_BENTENG = {
    "n": 3,
    "origin": "Kabupaten Bengkulu Tengah",
    "dest": {"Kota Palembang", "Kabupaten Tanah Datar", "Kota Prabumulih"},
    "activity": "studi banding",
    "start": "2016-06-01",
    "end": "2016-06-04",
}

BENTENG = [
    pytest.param(
        "Anggota DPRD Kabupaten Bengkulu Tengah berangkat studi banding pada 1-4 Juni 2016. Komisi I ke Kota "
        "Palembang, Komisi II ke Kabupaten Tanah Datar, dan Komisi III ke Kota Prabumulih. Setiap komisi "
        "didampingi staf sekretariat.",
        _BENTENG,
        id="benteng-per-komisi",
    ),
    pytest.param(
        "Selama empat hari, 1 hingga 4 Juni 2016, DPRD Kabupaten Bengkulu Tengah melaksanakan studi banding ke "
        "tiga daerah, yakni Kota Palembang, Kabupaten Tanah Datar, serta Kota Prabumulih. Rombongan dibagi per "
        "komisi.",
        _BENTENG,
        id="benteng-yakni-hingga",
    ),
    pytest.param(
        "DPRD Kabupaten Bengkulu Tengah bertolak ke Kota Palembang, Kabupaten Tanah Datar dan Kota Prabumulih "
        "untuk studi banding. Kegiatan berlangsung sejak 1 Juni hingga 4 Juni 2016. Biayanya mencapai Rp 300 juta.",
        _BENTENG,
        id="benteng-bertolak-sejak-hingga",
    ),
]


# ------------------------------------------------ a kecamatan head and village heads to two regencies

_CAMAT = {
    "n": 2,
    "origin": "Kabupaten Agam",
    "dest": {"Kabupaten Tanah Datar", "Kabupaten Solok"},
    "activity": "studi banding",
    "participants": 60,
    "start": "2024-10-18",
    "end": "2024-10-18",
}

CAMAT = [
    pytest.param(
        "LUBUK BASUNG - Camat Lubuk Basung, Kabupaten Agam, bersama 60 orang wali nagari dan perangkatnya "
        "melakukan studi tiru ke Kabupaten Tanah Datar dan Kabupaten Solok, Jumat (18/10/2024). Mereka ingin "
        "meniru pelayanan publik di sana.",
        _CAMAT,
        id="camat-bersama-n-orang",
    ),
    pytest.param(
        "Sebanyak 60 wali nagari dan perangkat nagari dari Kecamatan Lubuk Basung, Kabupaten Agam, berangkat "
        "studi tiru pada 18 Oktober 2024. Tujuannya Kabupaten Tanah Datar serta Kabupaten Solok. Rombongan "
        "dipimpin camat.",
        _CAMAT,
        id="camat-sebanyak-berangkat",
        marks=pytest.mark.xfail(
            strict=True, reason="a departure date ('berangkat ... pada X') opens the trip only; end left open by design"
        ),
    ),
    pytest.param(
        "Rombongan Kecamatan Lubuk Basung, Kabupaten Agam, yang berjumlah 60 orang menyambangi Kabupaten Tanah "
        "Datar dan Kabupaten Solok untuk studi tiru, Jumat, 18 Oktober 2024. Rombongan terdiri atas wali nagari "
        "dan perangkatnya.",
        _CAMAT,
        id="camat-berjumlah-menyambangi",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a kecamatan's party with its regency after a comma gives no origin; not in >= 3 articles",
        ),
    ),
]

# ---------------------------------------------------- four councils received by one council together

_LAMONGAN = {
    "n": 4,
    "origin": {"Kota Mojokerto", "Kabupaten Mojokerto", "Kota Surabaya", "Kabupaten Rembang"},
    "dest": {"Kabupaten Lamongan"},
    "activity": "studi banding",
    "start": "2022-01-18",
    "end": "2022-01-18",
}

LAMONGAN = [
    pytest.param(
        "LAMONGAN - Ketua DPRD Kabupaten Lamongan menerima studi banding empat DPRD sekaligus, Selasa (18/1/2022). "
        "Mereka adalah DPRD Kota Mojokerto, DPRD Kabupaten Mojokerto, DPRD Kota Surabaya, dan DPRD Kabupaten "
        "Rembang. Para tamu belajar soal perda.",
        _LAMONGAN,
        id="lamongan-host-mereka-adalah",
        marks=pytest.mark.xfail(
            strict=True,
            reason="senders listed after 'Mereka adalah' in the next sentence: one readable article (fc-13)",
        ),
    ),
    pytest.param(
        "DPRD Kota Mojokerto, DPRD Kabupaten Mojokerto, DPRD Kota Surabaya serta DPRD Kabupaten Rembang "
        "bersamaan melakukan studi banding ke DPRD Kabupaten Lamongan pada 18 Januari 2022. Keempat rombongan "
        "disambut ketua dewan.",
        _LAMONGAN,
        id="lamongan-guests-serta",
    ),
    pytest.param(
        "Selasa (18/1/2022), DPRD Kabupaten Lamongan dikunjungi empat rombongan studi banding, yaitu dari DPRD "
        "Kota Mojokerto, DPRD Kabupaten Mojokerto, DPRD Kota Surabaya, dan DPRD Kabupaten Rembang. Mereka "
        "membahas APBD.",
        _LAMONGAN,
        id="lamongan-dikunjungi-yaitu-dari",
    ),
]


# ---------------------------------------------------- four commissions of one council, each to its own host

_KOMISI = {
    "n": 4,
    "origin": "Kabupaten Bangkalan",
    "dest": {"Kota Pasuruan", "Kabupaten Sumenep", "Kota Malang", "Kabupaten Pasuruan"},
    "activity": "kunjungan kerja",
}

KOMISI = [
    pytest.param(
        "BANGKALAN - Empat komisi DPRD Kabupaten Bangkalan melakukan kunjungan kerja selama dua hari. Komisi A ke "
        "DPRD Kota Pasuruan, Komisi B ke Dinas Peternakan Kabupaten Sumenep, Komisi C ke DPRD Kota Malang, dan "
        "Komisi D ke DPRD Kabupaten Pasuruan.",
        _KOMISI,
        id="komisi-each-ke",
    ),
    pytest.param(
        "Anggota DPRD Kabupaten Bangkalan serentak berangkat kunjungan kerja. Komisi A menyambangi DPRD Kota "
        "Pasuruan, Komisi B mengunjungi Dinas Peternakan Kabupaten Sumenep, Komisi C bertandang ke DPRD Kota "
        "Malang, sedangkan Komisi D mendatangi DPRD Kabupaten Pasuruan.",
        _KOMISI,
        id="komisi-each-own-verb",
    ),
    pytest.param(
        "Kantor DPRD Kabupaten Bangkalan sepi dua hari ini karena seluruh komisi menggelar kunjungan kerja ke luar "
        "daerah. Tujuannya masing-masing DPRD Kota Pasuruan untuk Komisi A, Dinas Peternakan Kabupaten Sumenep "
        "untuk Komisi B, DPRD Kota Malang untuk Komisi C, serta DPRD Kabupaten Pasuruan untuk Komisi D.",
        _KOMISI,
        id="komisi-tujuannya-masing-masing",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'Tujuannya masing-masing <unit of a region> untuk Komisi A': no readable article writes it",
        ),
    ),
]


# ================================================================ round r35-vary3: the freshest design articles
# (written for these tests: a provincial council visiting another, a regency council's kaji banding, a planning
# office's trip told from both sides, a supervisors' cohort with its count and days, a Lemhannas SSDN stop)

_DPRDPROV = {"n": 1, "origin": "Bengkulu", "dest": {"Jambi"}, "start": "2022-09-29", "end": "2022-09-29"}

DPRDPROV = [
    pytest.param(
        "JAMBI - Komisi III DPRD Provinsi Bengkulu bertandang ke DPRD Provinsi Jambi, Kamis (29/9/2022). "
        "Kunjungan kerja itu membahas angkutan batubara dan kelas jalan. Rombongan dipimpin ketua komisi.",
        _DPRDPROV,
        id="dprdprov-bertandang",
    ),
    pytest.param(
        "DPRD Provinsi Jambi menerima kunjungan kerja Komisi III DPRD Provinsi Bengkulu pada 29 September 2022. "
        "Kedua komisi bertukar pengalaman soal angkutan batubara. Rombongan disambut wakil ketua komisi.",
        _DPRDPROV,
        id="dprdprov-menerima-kunjungan",
    ),
    pytest.param(
        "Kamis (29/9/2022), Komisi III DPRD Provinsi Jambi dikunjungi rombongan Komisi III DPRD Provinsi "
        "Bengkulu. Mereka datang untuk studi banding penanganan kemacetan angkutan batubara.",
        {**_DPRDPROV, "activity": "studi banding"},
        id="dprdprov-dikunjungi",
    ),
    pytest.param(
        "Untuk mempelajari penanganan angkutan batubara, anggota Komisi III DPRD Provinsi Bengkulu menyambangi "
        "DPRD Provinsi Jambi, Kamis, 29 September 2022. Rombongan diterima di ruang rapat komisi.",
        _DPRDPROV,
        id="dprdprov-menyambangi-purpose-first",
    ),
]

_KAJI = {"n": 1, "origin": "Kabupaten Kotawaringin Barat", "dest": {"Kabupaten Kotawaringin Timur"}}

KAJI = [
    pytest.param(
        "SAMPIT - DPRD Kabupaten Kotawaringin Barat mendatangi DPRD Kabupaten Kotawaringin Timur untuk kaji "
        "banding soal pendapatan asli daerah, Rabu (10/3/2021). Rombongan diterima di ruang rapat paripurna.",
        {**_KAJI, "activity": "studi banding", "start": "2021-03-10"},
        id="kaji-mendatangi",
    ),
    pytest.param(
        "DPRD Kabupaten Kotawaringin Timur menerima rombongan DPRD Kabupaten Kotawaringin Barat yang menggelar "
        "kaji banding, Rabu (10/3/2021). Pembahasan meliputi anggaran pendidikan dan pajak daerah.",
        {**_KAJI, "activity": "studi banding", "start": "2021-03-10"},
        id="kaji-host-menerima-rombongan",
    ),
    pytest.param(
        "Rombongan DPRD Kabupaten Kotawaringin Barat melakukan kaji banding ke Kabupaten Kotawaringin Timur "
        "pada 10 Maret 2021. Mereka didampingi Dinas Pendidikan, Dinas Perhubungan, serta Bapenda.",
        {**_KAJI, "activity": "studi banding", "start": "2021-03-10"},
        id="kaji-melakukan-regency",
    ),
]

_BLITAR = {"n": 1, "origin": "Kabupaten Blitar", "dest": {"Kabupaten Banyuwangi"}, "start": "2023-02-10"}

BLITAR = [
    pytest.param(
        "Bappeda Kabupaten Blitar melakukan studi banding ke Pemkab Banyuwangi, Jumat (10/2/2023). Rombongan "
        "dipimpin kepala Bappeda bersama para camat. Mereka belajar perencanaan dari bawah.",
        {**_BLITAR, "activity": "studi banding"},
        id="blitar-melakukan",
    ),
    pytest.param(
        "Pemkab Banyuwangi menerima kunjungan studi banding Pemerintah Kabupaten Blitar pada 10 Februari 2023. "
        "Tamu dari Blitar mempelajari musrenbang tingkat kecamatan.",
        {**_BLITAR, "activity": "studi banding"},
        id="blitar-host-menerima",
    ),
    pytest.param(
        "Sebanyak 30 orang dari Pemerintah Kabupaten Blitar, mulai dari kepala Bappeda, kepala Inspektorat "
        "hingga seluruh camat, bertolak ke Kabupaten Banyuwangi untuk studi banding, Jumat (10/2/2023).",
        {**_BLITAR, "activity": "studi banding", "participants": 30},
        id="blitar-bertolak-count",
    ),
]

_SUKABUMI = {"n": 1, "origin": "Kota Sukabumi", "dest": {"Kota Bau Bau"}, "activity": "studi banding"}

SUKABUMI = [
    pytest.param(
        "BAUBAU - Bappeda Kota Sukabumi menggelar studi banding di Kota Baubau, Kamis (30/1/2020). Rombongan "
        "disambut kepala Bappeda Baubau di kantornya. Mereka membahas pengelolaan dana kelurahan.",
        {**_SUKABUMI, "start": "2020-01-30"},
        id="sukabumi-menggelar",
    ),
    pytest.param(
        "Kota Baubau menjadi tujuan studi banding Bappeda Kota Sukabumi, Kamis (30/1/2020). Rombongan itu "
        "bertukar pengalaman soal rancangan pembangunan.",
        {**_SUKABUMI, "start": "2020-01-30"},
        id="sukabumi-menjadi-tujuan",
    ),
    pytest.param(
        "Bappeda Kota Baubau dikunjungi rombongan Bappeda Kota Sukabumi dalam rangka studi banding, Kamis "
        "(30/1/2020). Kedua kantor membahas input program kerja.",
        {**_SUKABUMI, "start": "2020-01-30"},
        id="sukabumi-dikunjungi",
    ),
]

_PKP = {
    "n": 1,
    "origin": "Gorontalo",
    "dest": {"Sulawesi Utara"},
    "program": "PKP",
    "cohort": 1,
    "participants": 40,
    "start": "2021-10-04",
    "end": "2021-10-08",
}

PKP = [
    pytest.param(
        "GORONTALO - Sebanyak 40 peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan I Provinsi Gorontalo "
        "berangkat ke Sulawesi Utara untuk studi lapangan, 4-8 Oktober 2021. Mereka dilepas wakil gubernur.",
        {**_PKP, "activity": "studi lapangan"},
        id="pkp-sebanyak-berangkat",
    ),
    pytest.param(
        "Peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan I Provinsi Gorontalo melaksanakan studi "
        "lapangan di Provinsi Sulawesi Utara selama lima hari, mulai 4 hingga 8 Oktober 2021. Jumlah peserta "
        "40 orang.",
        {**_PKP, "activity": "studi lapangan"},
        id="pkp-melaksanakan-lima-hari",
    ),
    pytest.param(
        "Pemprov Sulawesi Utara menerima kunjungan 40 peserta PKP Angkatan I Provinsi Gorontalo yang mengikuti "
        "studi lapangan pada 4 sampai 8 Oktober 2021. Mereka mempelajari inovasi pelayanan publik.",
        {**_PKP, "activity": "studi lapangan"},
        id="pkp-host-menerima",
    ),
]

_SSDN = {"n": 1, "dest": {"Kabupaten Mamuju Tengah"}, "program": "PPRA", "cohort": 65, "start": "2023-03-29"}

SSDN = [
    pytest.param(
        "Peserta PPRA LXV Lemhannas RI melaksanakan Studi Strategis Dalam Negeri (SSDN) di Kabupaten Mamuju "
        "Tengah, Rabu (29/3/2023). Rombongan diterima wakil bupati di rumah jabatan.",
        _SSDN,
        id="ssdn-melaksanakan",
    ),
    pytest.param(
        "Kabupaten Mamuju Tengah menjadi lokus Studi Strategis Dalam Negeri (SSDN) PPRA 65 Lemhannas RI pada "
        "29 Maret 2023. Wakil bupati memaparkan potensi daerah kepada peserta.",
        _SSDN,
        id="ssdn-menjadi-lokus",
    ),
    pytest.param(
        "Wakil Bupati Mamuju Tengah menerima rombongan SSDN PPRA angkatan 65 Lemhannas RI, Rabu (29/3/2023). "
        "Para peserta mengkaji ketahanan daerah dari sisi geografi dan ekonomi.",
        _SSDN,
        id="ssdn-wabup-menerima",
    ),
]


# ---------------------------------------------------------------- r35-vary3: several senders, several stops, cohorts

_THREE_IN = {
    "n": 3,
    "dest": {"Kota Banjarmasin"},
    "origin": {"Kabupaten Kotawaringin Timur", "Kabupaten Katingan", "Kabupaten Magetan"},
    "start": "2019-01-22",
}

MANY_SENDERS = [
    pytest.param(
        "BANJARMASIN - DPRD Kota Banjarmasin kedatangan tiga rombongan sekaligus, Selasa (22/1/2019), yakni DPRD "
        "Kabupaten Kotawaringin Timur, DPRD Kabupaten Katingan, serta DPRD Kabupaten Magetan. Ketiganya "
        "melakukan kunjungan kerja soal pembentukan perda.",
        _THREE_IN,
        id="senders-kedatangan-serta",
    ),
    pytest.param(
        "DPRD Kabupaten Kotawaringin Timur, DPRD Kabupaten Katingan dan DPRD Kabupaten Magetan menggelar "
        "kunjungan kerja ke DPRD Kota Banjarmasin pada 22 Januari 2019. Para tamu diterima ketua DPRD di ruang "
        "paripurna.",
        _THREE_IN,
        id="senders-list-subject",
    ),
    pytest.param(
        "Ketua DPRD Kota Banjarmasin menerima kunjungan kerja dari tiga daerah, Selasa (22/1/2019). Rombongan "
        "itu antara lain berasal dari DPRD Kabupaten Kotawaringin Timur, DPRD Kabupaten Katingan, dan DPRD "
        "Kabupaten Magetan.",
        _THREE_IN,
        id="senders-antara-lain-berasal",
    ),
]

_TWO_STOPS = {"n": 2, "origin": "Kabupaten Cirebon", "dest": {"Kota Batu", "Kabupaten Malang"}}

TWO_STOPS = [
    pytest.param(
        "CIREBON - Pansus I DPRD Kabupaten Cirebon bertolak ke Jawa Timur untuk kunjungan kerja selama empat "
        "hari, 18-21 Agustus 2025. Rombongan mendatangi DPRD Kota Batu dan DPRD Kabupaten Malang untuk membahas "
        "raperda kode etik.",
        _TWO_STOPS,
        id="stops-bertolak-mendatangi",
    ),
    pytest.param(
        "Pansus I DPRD Kabupaten Cirebon melakukan kunjungan kerja ke DPRD Kota Batu, Senin (18/8/2025), lalu "
        "ke DPRD Kabupaten Malang keesokan harinya. Keduanya dipilih karena sudah punya perda kode etik.",
        _TWO_STOPS,
        id="stops-lalu-keesokan",
    ),
    pytest.param(
        "Dua daerah di Jawa Timur menjadi tujuan kunjungan kerja Pansus I DPRD Kabupaten Cirebon pada 18-21 "
        "Agustus 2025, yaitu Kota Batu dan Kabupaten Malang. Pansus membahas raperda tata beracara.",
        _TWO_STOPS,
        id="stops-menjadi-tujuan-yaitu",
    ),
]

_PIM_HOST = {
    "n": 1,
    "origin": "Jawa Tengah",
    "dest": {"Kota Medan"},
    "program": "Diklatpim IV",
    "cohort": 18,
    "participants": 40,
    "start": "2018-08-14",
}

PIM_HOST = [
    pytest.param(
        "MEDAN - Pemko Medan menerima kunjungan 40 peserta Diklat PIM IV Angkatan XVIII Provinsi Jawa Tengah, "
        "Selasa (14/8/2018). Para peserta melakukan benchmarking pelayanan publik.",
        _PIM_HOST,
        id="pim-host-menerima-n-peserta",
    ),
    pytest.param(
        "Sebanyak 40 orang peserta Diklat PIM IV Angkatan XVIII Provinsi Jawa Tengah mengunjungi Kota Medan "
        "pada 14 Agustus 2018 untuk benchmarking. Rombongan diterima staf ahli wali kota.",
        _PIM_HOST,
        id="pim-sebanyak-n-orang-peserta",
    ),
    pytest.param(
        "Kota Medan menjadi lokus benchmarking Diklat PIM IV Angkatan XVIII Provinsi Jawa Tengah, Selasa "
        "(14/8/2018). Rombongan yang beranggotakan 40 peserta itu mempelajari pelayanan publik.",
        _PIM_HOST,
        id="pim-menjadi-lokus-beranggotakan",
    ),
]

_DESA = {"n": 1, "origin": "Kabupaten Kutai Timur", "dest": {"Kabupaten Lombok Tengah"}, "start": "2025-10-07"}

DESA_TIRU = [
    pytest.param(
        "Kepala desa dan BPD se-Kabupaten Kutai Timur melaksanakan studi tiru ke Desa Selebung, Kecamatan "
        "Batukliang, Kabupaten Lombok Tengah, Selasa (7/10/2025). Mereka mempelajari inovasi desa.",
        _DESA,
        id="desa-melaksanakan",
    ),
    pytest.param(
        "Desa Selebung di Kabupaten Lombok Tengah dikunjungi puluhan kepala desa se-Kabupaten Kutai Timur pada "
        "7 Oktober 2025. Kunjungan itu dalam rangka studi tiru pengelolaan BUMDes.",
        _DESA,
        id="desa-dikunjungi",
    ),
    pytest.param(
        "Pemerintah Desa Selebung, Kabupaten Lombok Tengah, menerima rombongan studi tiru kepala desa dan BPD "
        "se-Kabupaten Kutai Timur, Selasa (7/10/2025). Rombongan belajar tata kelola dana desa.",
        _DESA,
        id="desa-tiru-host-menerima",
    ),
]


# ---------------------------------------------------------------- r35-vary3: senders counted at once, and the rest

_FOUR_IN = {
    "n": 4,
    "dest": {"Kabupaten Lombok Barat"},
    "origin": {"Kabupaten Bangka", "Kota Surakarta", "Kabupaten Sragen", "Kabupaten Jembrana"},
}

AT_ONCE = [
    pytest.param(
        "DPRD Kabupaten Lombok Barat kedatangan empat DPRD sekaligus, Selasa (22/1/2019), yakni DPRD Kabupaten "
        "Bangka, DPRD Kota Surakarta, DPRD Kabupaten Sragen, dan DPRD Kabupaten Jembrana. Mereka melakukan "
        "kunjungan kerja untuk belajar soal pariwisata.",
        _FOUR_IN,
        id="at-once-kedatangan-n-dprd",
    ),
    pytest.param(
        "DPRD Kabupaten Lombok Barat menerima kunjungan kerja dari empat DPRD sekaligus, yakni DPRD Kabupaten "
        "Bangka, DPRD Kota Surakarta, DPRD Kabupaten Sragen, dan DPRD Kabupaten Jembrana. Mereka belajar soal "
        "pariwisata.",
        _FOUR_IN,
        id="at-once-dari-n-dprd",
    ),
    pytest.param(
        "DPRD Kabupaten Lombok Barat menerima kunjungan kerja dari empat daerah. Rombongan itu berasal dari DPRD "
        "Kabupaten Bangka, DPRD Kota Surakarta, DPRD Kabupaten Sragen, dan DPRD Kabupaten Jembrana. Mereka "
        "belajar soal pariwisata.",
        _FOUR_IN,
        id="at-once-berasal-dari",
    ),
    pytest.param(
        "Pansus I DPRD Kabupaten Cirebon melakukan kunjungan kerja ke beberapa daerah, mulai dari Kota Batu hingga "
        "Kabupaten Malang, pada 18-21 Agustus 2025. Mereka membahas raperda kode etik.",
        _TWO_STOPS,
        id="stops-mulai-dari-hingga",
    ),
    pytest.param(
        "Pansus I DPRD Kabupaten Cirebon melakukan kunjungan kerja ke beberapa daerah, antara lain Kota Batu dan "
        "Kabupaten Malang, pada 18-21 Agustus 2025. Mereka membahas raperda kode etik.",
        _TWO_STOPS,
        id="stops-antara-lain",
    ),
    pytest.param(
        "Peserta PKP Angkatan I Provinsi Gorontalo melaksanakan studi lapangan di Sulawesi Utara mulai Senin "
        "(4/10/2021) hingga Jumat (8/10/2021). Sebanyak 40 peserta mempelajari inovasi pelayanan publik.",
        {**_PKP, "activity": "studi lapangan"},
        id="pkp-mulai-hari-hingga-hari",
    ),
    pytest.param(
        "DPRD Kabupaten Lombok Barat menerima kunjungan kerja empat DPRD sekaligus, yakni DPRD Kabupaten Bangka, "
        "DPRD Kota Surakarta, DPRD Kabupaten Sragen, dan DPRD Kabupaten Jembrana. Mereka belajar soal pariwisata.",
        _FOUR_IN,
        id="at-once-kunjungan-n-dprd-no-dari",
    ),
    pytest.param(
        "Pansus I DPRD Kabupaten Cirebon menyambangi sejumlah daerah di Jawa Timur, mulai dari Kota Batu hingga "
        "Kabupaten Malang, dalam kunjungan kerja 18-21 Agustus 2025. Mereka membahas raperda kode etik.",
        _TWO_STOPS,
        id="known-daerah-di-province-then-list",
        marks=pytest.mark.xfail(strict=True, reason="a province between 'daerah' and the list keeps the province"),
    ),
    pytest.param(
        "GORONTALO - Empat puluh peserta Pelatihan Kepemimpinan Pengawas (PKP) Angkatan I Provinsi Gorontalo "
        "bertolak ke Sulawesi Utara, Senin (4/10/2021). Di sana mereka menjalani studi lapangan hingga Jumat "
        "(8/10/2021).",
        {"n": 1, "start": "2021-10-04", "end": "2021-10-08", "participants": 40},
        id="known-hingga-day-in-next-sentence",
        marks=pytest.mark.xfail(
            strict=True, reason="the end told in the next sentence ('hingga Jumat (8/10)') is lost"
        ),
    ),
    pytest.param(
        "Kota Baubau menjadi tujuan studi banding Bappeda Kota Sukabumi, Kamis (30/1/2020). Rombongan dari Jawa "
        "Barat itu bertukar pengalaman soal rancangan pembangunan.",
        {**_SUKABUMI, "start": "2020-01-30"},
        id="known-rombongan-dari-province-after-sender",
        marks=pytest.mark.xfail(strict=True, reason="'rombongan dari <province>' overrides the named sending city"),
    ),
]


# ---------------------------------------------------------------- r35-vary3: the visit as a noun, the group after it

NOUN_OF_COMING = [
    pytest.param(
        "Kedatangan rombongan Bappeda Kota Sukabumi ke Kota Baubau, Kamis (30/1/2020), untuk studi banding "
        "perencanaan disambut wali kota. Mereka membahas dana kelurahan.",
        {**_SUKABUMI, "start": "2020-01-30"},
        id="sukabumi-kedatangan-rombongan-office",
    ),
    pytest.param(
        "Kunjungan rombongan Bappeda Kota Sukabumi ke Kota Baubau, Kamis (30/1/2020), dalam rangka studi banding. "
        "Rombongan diterima kepala Bappeda Baubau.",
        {**_SUKABUMI, "start": "2020-01-30"},
        id="sukabumi-kunjungan-rombongan-office",
    ),
    pytest.param(
        "Pemerintah Kota Baubau disambangi rombongan Bappeda Kota Sukabumi, Kamis (30/1/2020), untuk studi banding "
        "perencanaan.",
        {**_SUKABUMI, "start": "2020-01-30"},
        id="sukabumi-disambangi",
    ),
    pytest.param(
        "Pemerintah Kota Baubau mendapat kunjungan studi banding dari Bappeda Kota Sukabumi, Kamis (30/1/2020). "
        "Kedua pihak membahas perencanaan.",
        {**_SUKABUMI, "start": "2020-01-30"},
        id="sukabumi-mendapat-kunjungan",
    ),
    pytest.param(
        "Bertempat di kantor Bappeda Kota Baubau, Bappeda Kota Sukabumi menggelar studi banding, Kamis (30/1/2020). "
        "Mereka mempelajari perencanaan.",
        {**_SUKABUMI, "start": "2020-01-30"},
        id="known-bertempat-di-host",
        marks=pytest.mark.xfail(strict=True, reason="'bertempat di <host>' is no word of a trip to a host"),
    ),
]


# ---------------------------------------------------------------- r35-vary3: a provincial cohort, its count and stops

_JAMBI = {"origin": "Jambi", "program": "PKA", "cohort": 2, "start": "2023-07-05"}
_BALI3 = {**_JAMBI, "n": 3, "dest": {"Kabupaten Badung", "Kota Denpasar", "Kabupaten Gianyar"}}
_PKA_JAMBI = "Peserta Pelatihan Kepemimpinan Administrator (PKA) Angkatan II BPSDM Provinsi Jambi"

COHORT_FORMS = [
    pytest.param(
        f"{_PKA_JAMBI} yang berjumlah 30 orang melaksanakan studi lapangan ke Kabupaten Badung, Rabu (5/7/2023). "
        "Mereka mempelajari inovasi pelayanan.",
        {**_JAMBI, "n": 1, "dest": {"Kabupaten Badung"}, "participants": 30},
        id="pka-berjumlah-n-orang",
    ),
    pytest.param(
        f"Tiga puluh {_PKA_JAMBI.lower()} melaksanakan studi lapangan ke Kabupaten Badung, Rabu (5/7/2023).",
        {"n": 1, "dest": {"Kabupaten Badung"}, "participants": 30},
        id="pka-count-in-words",
    ),
    pytest.param(
        f"{_PKA_JAMBI} melaksanakan studi lapangan ke Kabupaten Badung, Rabu (5/7/2023). Rombongan terdiri atas "
        "30 peserta dan 4 pendamping.",
        {**_JAMBI, "n": 1, "dest": {"Kabupaten Badung"}, "participants": 30},
        id="pka-terdiri-atas",
    ),
    pytest.param(
        f"Kabupaten Badung menerima 30 {_PKA_JAMBI.lower()} yang melaksanakan studi lapangan, Rabu (5/7/2023).",
        {"n": 1, "dest": {"Kabupaten Badung"}, "participants": 30},
        id="pka-host-menerima-n",
    ),
    pytest.param(
        f"{_PKA_JAMBI} melaksanakan studi lapangan ke Kabupaten Badung, Kota Denpasar, serta Kabupaten Gianyar, "
        "Rabu (5/7/2023).",
        _BALI3,
        id="pka-list-serta",
    ),
    pytest.param(
        f"{_PKA_JAMBI} melaksanakan studi lapangan, Rabu (5/7/2023). Lokus yang dikunjungi meliputi Kabupaten "
        "Badung, Kota Denpasar dan Kabupaten Gianyar.",
        _BALI3,
        id="pka-lokus-meliputi",
    ),
    pytest.param(
        f"{_PKA_JAMBI} melaksanakan studi lapangan ke Bali, Rabu (5/7/2023). Daerah yang dikunjungi adalah "
        "Kabupaten Badung, Kota Denpasar dan Kabupaten Gianyar.",
        _BALI3,
        id="pka-daerah-yang-dikunjungi-adalah",
    ),
    pytest.param(
        f"{_PKA_JAMBI} menyebar ke Kabupaten Badung, Kota Denpasar dan Kabupaten Gianyar untuk studi lapangan, "
        "Rabu (5/7/2023).",
        _BALI3,
        id="pka-menyebar-ke",
    ),
    pytest.param(
        f"{_PKA_JAMBI} melaksanakan studi lapangan di tiga daerah, yaitu Kabupaten Badung, Kota Denpasar dan "
        "Kabupaten Gianyar, Rabu (5/7/2023).",
        _BALI3,
        id="di-n-daerah-yaitu",
    ),
    pytest.param(
        f"{_PKA_JAMBI} melaksanakan studi lapangan di Kabupaten Badung dan Kota Denpasar, Rabu (5/7/2023), lalu "
        "berlanjut ke Kabupaten Gianyar keesokan harinya.",
        {"n": 3, "dest": {"Kabupaten Badung", "Kota Denpasar", "Kabupaten Gianyar"}},
        id="known-list-then-berlanjut",
        marks=pytest.mark.xfail(strict=True, reason="a list then 'berlanjut ke C' keeps one of list or stop, not both"),
    ),
]


WORDINGS = (
    SATPOL
    + BPBD
    + PIM
    + DPRD
    + TIRU
    + DAYS
    + LISTS
    + DESA
    + PKA
    + NATIONAL
    + HEADS
    + STOPS
    + COUNTS
    + KNOWN
    + KADES
    + KLATEN
    + BANJAR
    + PONGGOK
    + PKA4
    + PKK
    + GOWA
    + BENTENG
    + CAMAT
    + LAMONGAN
    + KOMISI
    + DPRDPROV
    + KAJI
    + BLITAR
    + SUKABUMI
    + PKP
    + SSDN
    + MANY_SENDERS
    + TWO_STOPS
    + PIM_HOST
    + DESA_TIRU
    + AT_ONCE
    + NOUN_OF_COMING
    + COHORT_FORMS
)


@pytest.mark.parametrize(("text", "want"), WORDINGS)
def test_the_facts_told_in_another_wording_give_the_same_visit(text: str, want: dict[str, Any]) -> None:
    _check(text, want)
