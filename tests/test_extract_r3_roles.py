"""Round r3-roles: role patterns of place_roles widened from a narrow sample of their words to the class
the reporting property names. Every sentence here is made up for these tests."""

from __future__ import annotations

import pytest

from diklat_cli.extract.place_roles import place_scores, resolved_places


def scores(text: str, name: str) -> tuple[float, float]:
    """(dest, origin) of the first place mention whose text holds name, the whole text one sentence."""
    for p in resolved_places(text):
        if name in p.mention.text:
            return place_scores(text, (0, len(text)), p.mention)
    raise AssertionError(f"no place {name!r} in {text!r}")


# ---------------------------------------------------------------- 1. the hosts met, any verb of meeting
# Guests meet their hosts "dengan" them: reporters write bertemu/berdialog, and as often bersilaturahmi,
# berkonsultasi, berkoordinasi, bertukar pikiran, berbagi pengalaman, sharing; or the guests "diterima
# oleh" the host. The body met is the place visited.
@pytest.mark.parametrize(
    "text",
    [
        "Rombongan kemudian bersilaturahmi dengan jajaran Pemkab Sleman di ruang rapat bupati.",
        "Para anggota dewan berkonsultasi dengan Pemerintah Kota Surabaya soal pengelolaan sampah.",
        "Selama dua hari, tim bertukar pikiran dengan Pemkot Malang tentang pelayanan publik.",
        "Mereka diterima langsung oleh Pemkab Banyuwangi di Pendopo Sabha Swagata.",
        "Delegasi itu berbagi pengalaman dengan Pemprov Jawa Tengah mengenai reformasi birokrasi.",
        "Kunjungan diisi dengan sharing bersama Pemkab Badung tentang pajak daerah.",
    ],
)
def test_hosts_met_by_any_meeting_verb(text: str) -> None:
    dest, origin = scores(text, "")
    assert dest >= 3 and dest > origin


@pytest.mark.parametrize(
    "text",
    [
        # the guests' own body, which they come from
        "Rombongan berasal dari Pemkab Sleman.",
        # a meeting "tentang" a place is not with its body
        "Rapat itu membahas pengalaman Pemkab Sleman.",
    ],
)
def test_hosts_met_near_misses(text: str) -> None:
    dest, _ = scores(text, "")
    assert dest < 3


# ---------------------------------------------------------------- 2. the host as subject, any receiving verb
# The place written first, then what it did for the guests: menerima, menyambut, and as often menjamu,
# disambangi, disinggahi, mendapatkan kunjungan, menjadi tuan rumah / destinasi / sasaran.
@pytest.mark.parametrize(
    "text",
    [
        "Pemkab Gianyar menjamu rombongan DPRD dari Kalimantan pada Selasa.",
        "Pemkot Batu disambangi puluhan kepala desa yang ingin belajar wisata.",
        "Pemkab Jembrana mendapatkan kunjungan dari puluhan anggota dewan.",
        "Kota Bontang menjadi tuan rumah kaji banding para camat pekan ini.",
        "Pemkab Trenggalek disinggahi tim penggerak PKK dalam perjalanan mereka.",
        "Kabupaten Wonosobo menjadi sasaran kunjungan para kepala desa.",
    ],
)
def test_host_as_subject_by_any_receiving_verb(text: str) -> None:
    dest, origin = scores(text, "")
    assert dest >= 2 and dest > origin


@pytest.mark.parametrize(
    "text",
    [
        # the guests hosted: "dijamu" is said of the visitors
        "Rombongan Pemkab Gianyar dijamu makan malam oleh tuan rumah.",
        "Pemkab Gianyar mengirim rombongan ke luar daerah.",
    ],
)
def test_host_as_subject_near_misses(text: str) -> None:
    dest, origin = scores(text, "Gianyar")
    assert dest < 2 or origin > dest


# ---------------------------------------------------------------- 3. a counted list of places gone to
# "ke tiga kota, yaitu A, B dan C": the places counted then named. Any verb of going (mengunjungi,
# menyambangi, mendatangi), any count (up to a dozen), any kind of place (kecamatan, kabupaten/kota,
# titik, tempat, instansi) and any list intro (seperti, meliputi, antara lain).
@pytest.mark.parametrize(
    "text",
    [
        "Peserta mengunjungi tiga kabupaten, yaitu Kabupaten Sleman, Bantul dan Kulon Progo.",
        "Mereka menyambangi dua kabupaten/kota, yakni Kota Malang dan Kota Batu.",
        "Tim melakukan studi lapangan ke delapan kabupaten, antara lain Kabupaten Bantul dan Gunungkidul.",
        "Para camat berkunjung ke empat tempat, meliputi Kabupaten Badung dan Kota Denpasar.",
        "Rombongan mendatangi lima instansi, yaitu Pemkab Sleman, Pemkot Yogyakarta dan Pemprov DIY.",
    ],
)
def test_counted_places_gone_to(text: str) -> None:
    dest, origin = scores(text, "")
    assert dest >= 3 and dest > origin


@pytest.mark.parametrize(
    "text",
    [
        # the places counted are where the people come from
        "Peserta berasal dari tiga kabupaten, yaitu Kabupaten Sleman, Bantul dan Kulon Progo.",
        # a count with no going
        "Program itu berjalan di tiga kabupaten, yaitu Kabupaten Sleman, Bantul dan Kulon Progo.",
    ],
)
def test_counted_places_near_misses(text: str) -> None:
    dest, _ = scores(text, "Sleman")
    assert dest < 3


# ---------------------------------------------------------------- 4. a group, then where it is from
# "anggota … dari X", "rombongan … asal X": the people of a group, then their home. Reporters call the
# group tim, delegasi, utusan, kontingen, perwakilan, staf, ASN as well, and name the home by its
# government ("tim dari Pemkab X") as by its council.
@pytest.mark.parametrize(
    "text",
    [
        "Tim dari Kabupaten Sumedang tiba pada pukul sepuluh pagi.",
        "Sebanyak 20 delegasi dari Kota Pekalongan disambut hangat.",
        "Perwakilan dari Kabupaten Bone ikut dalam acara itu.",
        "Sejumlah staf dari Kabupaten Kuningan hadir dalam pertemuan.",
        "Para ASN dari Kabupaten Pati mengikuti paparan.",
    ],
)
def test_group_then_home(text: str) -> None:
    dest, origin = scores(text, "")
    assert origin >= 2 and origin > dest


@pytest.mark.parametrize(
    "text",
    [
        "Tim itu belajar di Kabupaten Sumedang.",
        "Sebuah sepeda dari Kabupaten Sumedang dipamerkan.",
    ],
)
def test_group_then_home_near_misses(text: str) -> None:
    _, origin = scores(text, "Sumedang")
    assert origin < 2


# ---------------------------------------------------------------- 5. the group called back in the next sentence
# A government named in one sentence and called "rombongan itu" in the next, which travels, is the
# sender. Reporters call the group back as tim, delegasi, kontingen, utusan, rombongan; with itu,
# tersebut or ini; a word or two between ("kemudian langsung"); and any verb of going or doing the trip.
def _group_named(text: str) -> float:
    from diklat_cli.extract.senders import name_the_group
    from diklat_cli.extract.sentences import sentence_spans

    resolved = resolved_places(text)
    name_the_group(text, sentence_spans(text), resolved)
    return max(p.origin for p in resolved if p.mention.government)


@pytest.mark.parametrize(
    "text",
    [
        "Salah satu tamu hari itu adalah Pemkab Lumajang. Tim tersebut mengunjungi Kota Batu.",
        "Kunjungan itu diikuti Pemkot Probolinggo. Delegasi ini kemudian langsung bertolak ke Kota Batu.",
        "Di antara tamu ada Pemkab Ngawi. Rombongan tersebut melakukan studi banding ke Kota Batu.",
        "Salah satunya Pemkab Pacitan. Kontingen itu menyambangi Kota Batu pada Senin.",
    ],
)
def test_group_called_back(text: str) -> None:
    assert _group_named(text) >= 2


@pytest.mark.parametrize(
    "text",
    [
        # the group called back is received, not travelling
        "Salah satu tamu hari itu adalah Pemkab Lumajang. Tim tersebut disambut di aula.",
        # not what the sentence opens with
        "Salah satu tamu hari itu adalah Pemkab Lumajang. Menurut dia, tim tersebut mengunjungi Kota Batu.",
    ],
)
def test_group_called_back_near_misses(text: str) -> None:
    assert _group_named(text) < 2


# ---------------------------------------------------------------- 6. the group's own make-up, any verb of taking along
# The units a group is made of travel; they are not visited. Reporters write terdiri atas, beranggotakan,
# diikuti oleh, and as often melibatkan, mengikutsertakan, memboyong, membawa (serta), mengajak, and
# "turut serta ... antara lain".
def _hosts(text: str) -> list[str]:
    from diklat_cli.extract.hosts import find_host_agencies
    from diklat_cli.extract.sentences import sentence_spans

    return [name for name, _, _ in find_host_agencies(text, sentence_spans(text), None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Rombongan melibatkan sejumlah OPD, antara lain Bappeda, Dinas Pariwisata dan Dinas PUPR.",
        "Kunjungan itu mengikutsertakan sejumlah OPD, yakni Bappeda, Dinas Pariwisata dan Dinas PUPR.",
        "Bupati memboyong sejumlah OPD, yaitu Bappeda, Dinas Pariwisata dan Dinas PUPR.",
        "Rombongan turut membawa sejumlah OPD, di antaranya Bappeda dan Dinas Pariwisata.",
        "Wali kota mengajak beberapa perangkat daerah, antara lain Bappeda dan Dinas Perhubungan.",
    ],
)
def test_group_make_up_not_visited(text: str) -> None:
    assert _hosts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the units are where the group went
        "Rombongan mengunjungi sejumlah OPD, antara lain Bappeda, Dinas Pariwisata dan Dinas PUPR.",
        "Studi banding melibatkan kunjungan ke sejumlah OPD, antara lain Bappeda dan Dinas Pariwisata.",
    ],
)
def test_group_make_up_near_misses(text: str) -> None:
    assert "Bappeda" in _hosts(text)


# ---------------------------------------------------------------- 7. a host's report of guests, any verb of receiving
# A host's report says it received the visitors: menerima, kedatangan, menyambut, and as often menjamu,
# mendapat(kan) kunjungan (kerja), dikunjungi/disambangi/didatangi; the guests called rombongan, tamu,
# delegasi or tim.
def _visitors(text: str) -> tuple[bool, list[str] | None]:
    from diklat_cli.extract.sentences import sentence_spans
    from diklat_cli.extract.visitors import find_visitors, visitors_came

    resolved = resolved_places(text)
    dest = next((p.region for p in resolved if "Banyuwangi" in p.region.name), None)
    found = find_visitors(text, sentence_spans(text), resolved, dest)
    return visitors_came(text), (found and [m.name for m in found.members])


@pytest.mark.parametrize(
    "text",
    [
        "Pemkab Banyuwangi menjamu Bupati Sleman dan Bupati Bantul pada Senin.",
        "Pemkab Banyuwangi mendapat kunjungan Bupati Sleman dan Bupati Bantul pada Senin.",
        "Pemkab Banyuwangi mendapatkan kunjungan kerja Bupati Sleman dan Bupati Bantul pada Senin.",
    ],
)
def test_heads_received_by_any_verb(text: str) -> None:
    assert _visitors(text)[1] == ["Kabupaten Sleman", "Kabupaten Bantul"]


@pytest.mark.parametrize(
    "text",
    [
        "Pemkab Banyuwangi menjamu rombongan studi banding dari sejumlah daerah.",
        "Pemkab Banyuwangi mendapatkan kunjungan studi banding dari sejumlah daerah.",
        "Pemkab Banyuwangi kedatangan delegasi dari sejumlah daerah.",
        "Pemkab Banyuwangi dikunjungi rombongan dari sejumlah daerah.",
    ],
)
def test_visits_received_from_many_by_any_verb(text: str) -> None:
    assert _visitors(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Pemkab Banyuwangi menerima penghargaan dari sejumlah daerah.",
        "Pemkab Banyuwangi mendapatkan dukungan Bupati Sleman dan Bupati Bantul.",
    ],
)
def test_received_near_misses(text: str) -> None:
    assert _visitors(text) == (False, None)


# ---------------------------------------------------------------- 8. where one group's members come from
# "peserta dari berbagai daerah, seperti A, B dan C" tells where one group's members come from, not bodies
# that each made a visit. The group's members are peserta, anggota, siswa, mahasiswa, and as often praja,
# taruna, pasis, pelajar, santri, murid.
@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 50 praja yang datang dari berbagai daerah, seperti Kabupaten Sleman, Kabupaten Bantul dan"
        " Kabupaten Klaten, berkunjung ke Banyuwangi.",
        "Para taruna yang datang dari berbagai daerah, antara lain Kabupaten Sleman dan Kabupaten Bantul, belajar"
        " di Banyuwangi.",
        "Ratusan pelajar yang datang dari berbagai daerah, seperti Kabupaten Sleman dan Kabupaten Bantul,"
        " mengunjungi Banyuwangi.",
        "Santri yang datang dari berbagai daerah, seperti Kabupaten Sleman dan Kabupaten Bantul, berkunjung ke"
        " Banyuwangi.",
    ],
)
def test_members_homes_are_no_visitors(text: str) -> None:
    assert _visitors(text)[1] is None


@pytest.mark.parametrize(
    "text",
    [
        "Pemkab Banyuwangi menerima kunjungan dari berbagai daerah, seperti Kabupaten Sleman dan Kabupaten Bantul.",
        "Rombongan tamu yang datang dari berbagai daerah, seperti Kabupaten Sleman dan Kabupaten Bantul,"
        " berkunjung ke Banyuwangi.",
    ],
)
def test_members_homes_near_misses(text: str) -> None:
    assert _visitors(text)[1] == ["Kabupaten Sleman", "Kabupaten Bantul"]


# ---------------------------------------------------------------- 9. travellers drawn from across a region
# "peserta dari berbagai daerah di X": the region sends them as one group, no body of it named. The
# regions are counted in any way: a quantifier (berbagai, pelbagai, banyak), a number in digits or words
# ("17 kabupaten/kota", "dua puluh tiga kabupaten/kota"), and may be kecamatan as well.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Peserta berasal dari 17 kabupaten/kota di Sumatera Selatan dan belajar ke Kota Batu.", "Sumatera Selatan"),
        ("Mereka datang dari tiga belas kabupaten se-Jawa Tengah.", "Jawa Tengah"),
        ("Peserta datang dari pelbagai daerah di Sumatera Selatan.", "Sumatera Selatan"),
        ("Peserta datang dari dua puluh tiga kabupaten/kota di Provinsi Aceh.", "Aceh"),
    ],
)
def test_travellers_from_across_a_region(text: str, name: str) -> None:
    dest, origin = scores(text, name)
    assert origin >= 2 and origin > dest


@pytest.mark.parametrize(
    "text",
    [
        "Tim berkunjung ke 17 kabupaten di Sumatera Selatan.",
        "Program itu menjangkau 17 kabupaten/kota di Sumatera Selatan.",
    ],
)
def test_travellers_from_across_a_region_near_misses(text: str) -> None:
    _, origin = scores(text, "Sumatera Selatan")
    assert origin < 2


# ---------------------------------------------------------------- 10. a host's recap of visits, any name of the trip
# A host's report names the visits it received by where they came from ("Kunjungan itu antara lain dari A,
# B dan C") or counts heads who came ("tiga kepala daerah bertandang ke X. Mereka adalah …"). Reporters
# name the trip kunjungan, kunker, and as often studi banding, studi tiru, kaji banding, lawatan; and say
# the heads melawat, mendatangi, menyinggahi the host.
@pytest.mark.parametrize(
    "text",
    [
        "Pemkab Banyuwangi tahun ini menerima 30 studi banding, antara lain dari Kabupaten Sleman dan Kabupaten"
        " Bantul.",
        "Kaji banding tersebut antara lain dari Kabupaten Sleman dan Kabupaten Bantul ke Banyuwangi.",
        "Lawatan itu antara lain dari Kabupaten Sleman dan Kabupaten Bantul ke Banyuwangi.",
        "Tiga kepala daerah melawat ke Banyuwangi. Mereka adalah Bupati Sleman dan Bupati Bantul.",
        "Dua kepala daerah mendatangi Banyuwangi, yaitu Bupati Sleman dan Bupati Bantul.",
    ],
)
def test_recap_of_visits_by_any_name_of_the_trip(text: str) -> None:
    assert _visitors(text)[1] == ["Kabupaten Sleman", "Kabupaten Bantul"]


@pytest.mark.parametrize(
    "text",
    [
        # the places are what the study was about
        "Studi banding itu antara lain membahas Kabupaten Sleman dan Kabupaten Bantul.",
        # where one group's members come from
        "Para taruna yang mengikuti kaji banding berasal dari Kabupaten Sleman dan Kabupaten Bantul.",
    ],
)
def test_recap_of_visits_near_misses(text: str) -> None:
    assert _visitors(text)[1] is None


# ---------------------------------------------------------------- 11. the travelling group named by its body
# "kedatangan rombongan DPRD X", "rombongan SKPD X": the group named by its body, whose home X is.
# Reporters call the group tim, delegasi, kontingen, utusan as well, often with the trip's name between
# ("rombongan studi banding Pemkab X", "tim kunker DPRD Y"), and the trip received by any verb of receiving
# ("menjamu kaji banding Pemkab Z").
@pytest.mark.parametrize(
    "text",
    [
        "Rombongan studi banding Pemkab Bantul diterima oleh Pemkab Sleman.",
        "Tim kunker DPRD Kabupaten Bantul disambut Sekda.",
        "Pemkab Sleman menjamu kaji banding Pemkab Bantul.",
        "Kedatangan delegasi studi tiru Pemkab Bantul disambut hangat.",
        "Tim kunjungan kerja Kabupaten Bantul berada di lokasi selama dua hari.",
    ],
)
def test_group_named_by_its_body(text: str) -> None:
    dest, origin = scores(text, "Bantul")
    assert origin >= 2 and origin > dest


@pytest.mark.parametrize(
    "text",
    [
        "Rombongan studi banding ke Pemkab Sleman berangkat pagi.",
        "Tim studi banding di Pemkab Sleman bekerja dua hari.",
    ],
)
def test_group_named_by_its_body_near_misses(text: str) -> None:
    dest, origin = scores(text, "Sleman")
    assert dest > origin


# ---------------------------------------------------------------- 12. the host as subject, the visitors after it
# "A menjadi tujuan kaji banding 20 pengurus PKK Kabupaten X": the place that names the visitors is their
# home. What the host became is written in many words (tujuan, lokasi, tuan rumah, destinasi, sasaran,
# jujugan), and the visitors are named by their people (camat, kades, guru, tim) or by their body itself
# right after the trip ("menjadi tuan rumah studi banding Pemkab X").
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pemkab Sleman menjadi tuan rumah studi banding Pemkab Bantul.", "Bantul"),
        ("Pemkab Sleman menjadi tuan rumah studi banding 30 peserta PKA Kabupaten Bantul.", "Bantul"),
        ("Pemkab Sleman menjadi tujuan studi banding DPRD Kabupaten Bantul.", "Bantul"),
        ("Pemkab Sleman menjadi lokasi studi lapangan para camat Kabupaten Bantul.", "Bantul"),
        ("Pemkab Sleman menjadi destinasi kaji banding tim penggerak PKK Kabupaten Bantul.", "Bantul"),
    ],
)
def test_visitors_after_what_the_host_became(text: str, name: str) -> None:
    dest, origin = scores(text, name)
    assert origin >= 2 and origin > dest


@pytest.mark.parametrize(
    "text",
    [
        "Pemkab Sleman menjadi tuan rumah studi banding di Kabupaten Bantul.",
        "Rombongan memilih tujuan studi banding ke Kabupaten Bantul.",
    ],
)
def test_visitors_after_what_the_host_became_near_misses(text: str) -> None:
    dest, origin = scores(text, "Bantul")
    assert dest > origin


# ---------------------------------------------------------------- 13. the next stop written without its verb
# "mengunjungi A, lalu B": the place after the word of what comes next is the next stop. Reporters write
# lalu, kemudian, selanjutnya, and as often lantas, berikutnya, setelah itu, sesudah itu, setelahnya.
@pytest.mark.parametrize(
    "text",
    [
        "Rombongan mengunjungi Kabupaten Badung pada Senin, lantas Kota Denpasar.",
        "Rombongan mengunjungi Kabupaten Badung pada Senin, setelah itu Kota Denpasar.",
        "Rombongan mengunjungi Kabupaten Badung pada Senin, berikutnya Kota Denpasar.",
        "Rombongan ke Kabupaten Badung pada Senin, sesudah itu Pemkot Denpasar.",
        "Rombongan ke Kabupaten Badung pada Senin, setelahnya Pemkot Denpasar.",
    ],
)
def test_next_stop_by_any_word_of_next(text: str) -> None:
    dest, origin = scores(text, "Denpasar")
    assert dest >= 2 and dest > origin


@pytest.mark.parametrize(
    "text",
    [
        # a head of region who speaks next, no stop
        "Rombongan ke Kabupaten Badung pada Senin, setelah itu Bupati Denpasar memberi sambutan.",
        # no going before it
        "Rombongan dari Kabupaten Badung, lantas Kota Denpasar.",
    ],
)
def test_next_stop_near_misses(text: str) -> None:
    dest, _ = scores(text, "Denpasar")
    assert dest < 2


# ---------------------------------------------------------------- 14. a previous stop
# "Usai dari A, rombongan bertolak ke B": A was a stop of the trip, not the group's home. Reporters write
# setelah, usai, seusai, sesudah, selesai, and as often selepas, sehabis, rampung; with or without the
# verb of the stop (berkunjung, bertandang, melawat, singgah, mampir, belajar).
@pytest.mark.parametrize(
    "text",
    [
        "Selepas berkunjung dari Kabupaten Badung, rombongan bertolak ke Kota Denpasar.",
        "Usai bertandang dari Kabupaten Badung, rombongan bertolak ke Kota Denpasar.",
        "Sehabis dari Kabupaten Badung, rombongan bertolak ke Kota Denpasar.",
        "Usai belajar dari Kabupaten Badung, rombongan bertolak ke Kota Denpasar.",
    ],
)
def test_previous_stop(text: str) -> None:
    dest, origin = scores(text, "Badung")
    assert dest >= 2 and dest > origin


@pytest.mark.parametrize(
    "text",
    [
        "Rombongan berasal dari Kabupaten Badung, lalu bertolak ke Kota Denpasar.",
        "Usai studi banding, rombongan dari Kabupaten Badung bertolak ke Kota Denpasar.",
    ],
)
def test_previous_stop_near_misses(text: str) -> None:
    dest, origin = scores(text, "Badung")
    assert origin > dest


# ---------------------------------------------------------------- 15. a region's council under any of its names
# A region's council is a DPRD, in Aceh a DPRA (the province) or DPRK (its regencies), in Papua a DPRP; its
# secretariat (Sekretariat DPRD, Setwan) travels for it. The role patterns knew only "DPRD".
@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Kedatangan rombongan DPRK Aceh Besar disambut Sekda.", "Aceh Besar", "origin"),
        ("Komisi I DPRK Aceh Besar tiba pagi tadi.", "Aceh Besar", "origin"),
        ("Kedatangan rombongan Sekretariat DPRD Kabupaten Bantul disambut Sekda.", "Bantul", "origin"),
        ("Kedatangan rombongan Setwan Kabupaten Bantul disambut Sekda.", "Bantul", "origin"),
        ("Rombongan bertatap muka dengan DPRK Aceh Besar.", "Aceh Besar", "dest"),
    ],
)
def test_council_under_any_name(text: str, name: str, role: str) -> None:
    dest, origin = scores(text, name)
    assert (origin >= 2 and origin > dest) if role == "origin" else (dest >= 2 and dest > origin)


@pytest.mark.parametrize(
    "text",
    [
        # a council's building, no group of it
        "Acara itu digelar di gedung DPRK Aceh Besar.",
        "Warga mendatangi DPRK Aceh Besar untuk menyampaikan aspirasi.",
    ],
)
def test_council_under_any_name_near_misses(text: str) -> None:
    _, origin = scores(text, "Aceh Besar")
    assert origin < 2


# ---------------------------------------------------------------- 16. a sending council under any of its names
# A government travels with its council ("Pemkab A bersama anggota DPRD A", "Pemerintah dan DPRD A"), and a
# council's members are called "dewan" after it is named once. The council is a DPRD, in Aceh a DPRA or
# DPRK, in Papua a DPRP; senders.py knew only "DPRD".
def _origins(text: str) -> list[str | None]:
    from diklat_cli.extract import extract_text

    return [e.visit.origin.institution for e in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "council"),
    [
        (
            "Pemkab Aceh Besar bersama anggota DPRK Aceh Besar melakukan studi banding ke Kota Surabaya, Senin"
            " (3/6/2024).",
            "DPRK Aceh Besar",
        ),
        (
            "Pemerintah dan DPRK Aceh Besar melakukan studi banding ke Kota Surabaya, Senin (3/6/2024).",
            "DPRK Aceh Besar",
        ),
        (
            "Pemprov Papua bersama anggota DPRP Papua melakukan studi banding ke Kota Surabaya, Senin (3/6/2024).",
            "DPRP Papua",
        ),
    ],
)
def test_council_along_under_any_name(text: str, council: str) -> None:
    assert council in _origins(text)


def test_council_called_dewan_under_any_name() -> None:
    from diklat_cli.extract.senders import council_called_dewan

    text = "DPRK Aceh Besar melakukan kunjungan kerja ke Kota Surabaya. Rombongan dewan diterima Sekda."
    resolved = resolved_places(text)
    dest = next(p.region for p in resolved if "Surabaya" in p.region.name)
    found = council_called_dewan(text, resolved, dest)
    assert found is not None and found.region.name == "Kabupaten Aceh Besar"


@pytest.mark.parametrize(
    "text",
    [
        # the council's leader escorting, not the council
        "Pemkab Aceh Besar bersama Ketua DPRK Aceh Besar melakukan studi banding ke Kota Surabaya, Senin (3/6/2024).",
        # a relation's partners, no pair that travels
        "Sinergi Pemerintah dan DPRK Aceh Besar dibahas di Kota Surabaya, Senin (3/6/2024).",
    ],
)
def test_council_along_near_misses(text: str) -> None:
    assert "DPRK Aceh Besar" not in _origins(text)


# ---------------------------------------------------------------- 17. travellers called a council by their kind
# "Rombongan DPRD dari Kabupaten A": the group is a council though no "DPRD A" is written, and the host's
# council is the unit it visited. The group is also called tim, kontingen, utusan, para; the council DPRA,
# DPRK, DPRP, legislatif, wakil rakyat, legislator.
def _host_council(text: str) -> list:
    from diklat_cli.extract.hosts import councils_of_the_visit

    resolved = resolved_places(text)
    dest = next(p.region for p in resolved if "Surabaya" in p.region.name)
    home = next(p.region.name for p in resolved if "Surabaya" not in p.region.name)
    return [name for name, _, _ in councils_of_the_visit(text, resolved, [], home, dest)]


_MET = " Wakil Ketua DPRD Surabaya menyambut mereka."


@pytest.mark.parametrize(
    "text",
    [
        "Pemkot Surabaya menerima rombongan DPRK dari Kabupaten Aceh Besar." + _MET,
        "Pemkot Surabaya menerima tim DPRD dari Kabupaten Sleman." + _MET,
        "Pemkot Surabaya menerima kontingen dewan asal Kabupaten Sleman." + _MET,
        "Pemkot Surabaya menerima para wakil rakyat dari Kabupaten Sleman." + _MET,
        "Pemkot Surabaya menerima rombongan legislatif dari Kabupaten Sleman." + _MET,
    ],
)
def test_travellers_called_a_council(text: str) -> None:
    assert _host_council(text) == ["DPRD"]


@pytest.mark.parametrize(
    "text",
    [
        "Pemkot Surabaya menerima rombongan pegawai dari Kabupaten Sleman." + _MET,
        "Pemkot Surabaya menerima para pegawai dari Kabupaten Sleman." + _MET,
    ],
)
def test_travellers_called_a_council_near_misses(text: str) -> None:
    assert _host_council(text) == []


# ---------------------------------------------------------------- 18. the group's arrival, at any building of the host
# "rombongan tiba di Balai Kota X": a place reached, or its head's office, is where the trip went. Reporters
# also write "menginjakkan kaki di", and name the building as gedung DPRD, aula, rumah dinas/jabatan,
# sekretariat daerah.
@pytest.mark.parametrize(
    "text",
    [
        "Rombongan tiba di Gedung DPRD Kota Surabaya pukul 10.00.",
        "Rombongan tiba di Aula Pemkot Surabaya pukul 10.00.",
        "Rombongan menginjakkan kaki di Kota Surabaya pukul 10.00.",
        "Rombongan sampai di Sekretariat Daerah Kota Surabaya pukul 10.00.",
    ],
)
def test_arrival_at_any_building(text: str) -> None:
    dest, origin = scores(text, "Surabaya")
    assert dest >= 2 and dest > origin


@pytest.mark.parametrize(
    "text",
    [
        # back home
        "Rombongan tiba kembali di Kota Surabaya pukul 10.00.",
        # gathering before leaving
        "Rombongan berkumpul di Gedung DPRD Kota Surabaya sebelum berangkat.",
    ],
)
def test_arrival_near_misses(text: str) -> None:
    dest, _ = scores(text, "Surabaya")
    assert dest < 2


# ---------------------------------------------------------------- 19. a second cohort opening a clause of its own
# "… Angkatan IV ke Pemkab X, sedangkan peserta Angkatan V ke Pemkot Y": a cohort opening a contrast clause is a
# second travelling group. Reporters open it with adapun/sedangkan/sementara/kemudian and as often
# selanjutnya; with "untuk" or "bagi"; and call the group peserta, rombongan, tim, regu,
# delegasi, kelompok, kelas, kloter.
def _cohorts(text: str) -> list[tuple[int | None, str | None]]:
    from diklat_cli.extract import extract_text

    return [(e.visit.cohort, e.visit.destination.regency) for e in extract_text(text)]


_FIRST = "Peserta PKA Angkatan IV BPSDM Jawa Timur studi lapangan ke Pemkab Badung"


@pytest.mark.parametrize(
    "rest",
    [
        ", sedangkan tim Angkatan V ke Pemkot Denpasar, Senin (3/6/2024).",
        ", sementara regu Angkatan V ke Pemkot Denpasar, Senin (3/6/2024).",
        ", sedangkan bagi Angkatan V ke Pemkot Denpasar, Senin (3/6/2024).",
        ". Selanjutnya Angkatan V ke Pemkot Denpasar, Senin (3/6/2024).",
        ", sedangkan kelas Angkatan V ke Pemkot Denpasar, Senin (3/6/2024).",
    ],
)
def test_second_cohort_opening_a_clause(rest: str) -> None:
    assert (5, "Kota Denpasar") in _cohorts(_FIRST + rest)


@pytest.mark.parametrize(
    "rest",
    [
        ", Senin (3/6/2024). Angkatan V yang lalu pernah ke Pemkot Denpasar.",
        ", mengikuti jejak alumni Angkatan V, Senin (3/6/2024).",
        ", Senin (3/6/2024). Tahun berikutnya Angkatan V ke Pemkot Denpasar.",
    ],
)
def test_second_cohort_near_misses(rest: str) -> None:
    assert all(cohort != 5 for cohort, _ in _cohorts(_FIRST + rest))


# ---------------------------------------------------------------- 20. a list of visitors going on in the next sentence
# "Selain itu hadir pula Bupati D": the list of heads who came goes on in the next sentence. Reporters add to
# it with selain itu, juga, turut, and as often di samping itu, tidak hanya itu, ada pula, menyusul, disusul.
_HEADS = "Tiga kepala daerah bertandang ke Banyuwangi. Mereka adalah Bupati Sleman dan Bupati Bantul. "


@pytest.mark.parametrize(
    "rest",
    [
        "Di samping itu ada pula Bupati Klaten.",
        "Tidak hanya itu, Bupati Klaten juga datang.",
        "Menyusul kemudian Bupati Klaten.",
        "Ada pula Bupati Klaten.",
        "Disusul Bupati Klaten.",
    ],
)
def test_list_of_visitors_goes_on(rest: str) -> None:
    assert _visitors(_HEADS + rest)[1] == ["Kabupaten Sleman", "Kabupaten Bantul", "Kabupaten Klaten"]


@pytest.mark.parametrize(
    "rest",
    [
        "Sebelumnya Bupati Klaten berpidato di Jakarta.",
        "Menurut Bupati Klaten, kunjungan itu penting.",
    ],
)
def test_list_of_visitors_goes_on_near_misses(rest: str) -> None:
    assert _visitors(_HEADS + rest)[1] == ["Kabupaten Sleman", "Kabupaten Bantul"]
