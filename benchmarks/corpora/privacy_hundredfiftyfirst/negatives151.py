"""Hard negatives from the ham / SDR world (p151)."""
import random, string, hashlib, base64
from gen151 import Shapes, callsign

WRAPS = ["", "__in_ham_club_groupsio_post", "__in_repeater_infra_pull_request",
         "__in_shack_it_github_issue", "__in_club_wiki_page", "__in_net_manager_email"]


def grid(r):
    return (r.choice("ABCDEFGHIJKLMNOPQR") + r.choice("ABCDEFGHIJKLMNOPQR") + str(r.randint(0, 9)) + str(r.randint(0, 9))
            + r.choice("abcdefghijklmnopqrstuvwx") + r.choice("abcdefghijklmnopqrstuvwx"))


def tle_cksum(line):
    return str(sum(int(c) if c.isdigit() else (1 if c == "-" else 0) for c in line) % 10)


def tle(r, sh):
    n = r.randint(10000, 59999)
    l1 = f"1 {n:05d}U {r.randint(98, 99):02d}{r.randint(1, 67):03d}A   {r.randint(24, 25):02d}{r.uniform(1, 365):012.8f}  .{r.randint(0, 99999):08d}  00000-0  {r.randint(10000, 99999)}-3 0  {r.randint(100, 999):>3}"
    l1 = l1[:68]
    l1 = l1.ljust(68) + tle_cksum(l1.ljust(68))
    l2 = f"2 {n:05d} {r.uniform(0, 180):8.4f} {r.uniform(0, 360):8.4f} {r.randint(0, 9999999):07d} {r.uniform(0, 360):8.4f} {r.uniform(0, 360):8.4f} {r.uniform(11, 16):11.8f}{r.randint(0, 99999):5d}"
    l2 = l2[:68].ljust(68)
    l2 += tle_cksum(l2)
    return n, l1, l2


def bcrypt(sh):
    return "$2y$10$" + sh.s("./" + string.ascii_letters + string.digits, 53)


def K(r, sh):
    """class -> [(base_kind, fn)]"""
    c = lambda: callsign(r)
    return {
     "ham_callsigns_and_grid_locators": [
        ("spot_cluster_lines", lambda: "\n".join(f"DX de {c()}:{r.uniform(7000, 28500):>10.1f}  {c():<12} CW {r.randint(10, 35)} dB {r.randint(12, 40)} WPM  {r.randint(0, 23):02d}{r.randint(0, 59):02d}Z" for _ in range(4)) + "\n"),
        ("station_roster_csv", lambda: "call,grid,name\n" + "\n".join(f"{c()},{grid(r)},{r.choice(['Ann', 'Bob', 'Chen', 'Dora', 'Emil'])}" for _ in range(4)) + "\n")],
     "dmr_radio_ids_and_talkgroups": [
        ("radioid_lookup_rows", lambda: "radio_id,callsign,city\n" + "\n".join(f"{r.randint(1000000, 7999999)},{c()},{r.choice(['Leeds', 'Ohio City', 'Graz', 'Turku'])}" for _ in range(4)) + "\n"),
        ("codeplug_talkgroup_list", lambda: "No.,Name,Call ID,Call Type\n" + "\n".join(f"{i},TG {t},{t},Group Call" for i, t in enumerate([r.randint(91, 99), r.randint(3100, 3199), r.randint(2340, 2359), r.randint(262000, 262999)], 1)) + "\n")],
     "satellite_tle_element_sets": [
        ("tle_three_line_sets", lambda: "\n".join("{}\n{}\n{}".format(r.choice(["AO-91", "SO-50", "ISS (ZARYA)", "RS-44", "FO-29", "IO-117"]), *tle(r, sh)[1:]) for _ in range(2)) + "\n"),
        ("norad_catalog_rows", lambda: "NORAD_CAT_ID,OBJECT_NAME,INTLDES\n" + "\n".join(f"{r.randint(10000, 59999)},{r.choice(['FUNCUBE-1', 'LILACSAT-2', 'CAS-4A', 'TEVEL-3', 'GREENCUBE'])},{r.randint(1990, 2024)}-{r.randint(1, 99):03d}{r.choice('ABCDEF')}" for _ in range(4)) + "\n")],
     "adif_qso_record_fields": [
        ("adif_export_records", lambda: "<ADIF_VER:5>3.1.4 <EOH>\n" + "\n".join((lambda cs: f"<CALL:{len(cs)}>{cs} <BAND:3>20m <MODE:3>FT8 <QSO_DATE:8>2024{r.randint(1, 12):02d}{r.randint(1, 28):02d} <TIME_ON:6>{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d} <GRIDSQUARE:4>{grid(r)[:4]} <EOR>")(c()) for _ in range(3)) + "\n"),
        ("cabrillo_qso_lines", lambda: "START-OF-LOG: 3.0\nCONTEST: CQ-WW-CW\n" + "\n".join(f"QSO: {r.choice([7015, 14022, 21031, 28011])} CW 2024-11-{r.randint(23, 24)} {r.randint(0, 23):02d}{r.randint(0, 59):02d} {c():<10} 599 05 {c():<10} 599 {r.randint(1, 40):02d}" for _ in range(3)) + "\nEND-OF-LOG:\n")],
     "qsl_and_award_confirmation_numbers": [
        ("lotw_qsl_status_rows", lambda: "\n".join(f"QSL #{r.randint(100000000, 999999999)}  {c()}  {r.choice(['20M', '40M', '15M'])} {r.choice(['FT8', 'CW', 'SSB'])}  confirmed {r.randint(1, 28):02d}-{r.choice(['Mar', 'Jul', 'Oct'])}-2024" for _ in range(3)) + "\n"),
        ("award_certificate_numbers", lambda: f"DXCC Mixed certificate no. {r.randint(10000, 69999)}\nWAS endorsement {r.randint(1000, 9999)}-{r.choice(['FT8', 'CW'])}\nVUCC #{r.randint(1000, 9999)} issued to {c()}\n")],
     "aprs_receive_only_logins_and_packets": [
        ("aprsis_readonly_login", lambda: f"# logresp {c()} unverified, server T2{r.choice(['SYDNEY', 'FINLAND', 'CHILE', 'USANE'])}\nuser {c()} pass -1 vers aprs-viewer 0.9 filter r/{r.uniform(-60, 60):.1f}/{r.uniform(-170, 170):.1f}/100\n"),
        ("aprs_raw_packet_log", lambda: "\n".join(f"{c()}-{r.randint(1, 15)}>APDW17,WIDE2-1,qAR,{c()}-10:!{r.randint(10, 59)}{r.randint(10, 59)}.{r.randint(10, 99)}N/0{r.randint(70, 99)}{r.randint(10, 59)}.{r.randint(10, 99)}W-PHG{r.randint(2000, 7999)}" for _ in range(3)) + "\n")],
     "winlink_message_ids_and_secure_login_responses": [
        ("winlink_mid_list", lambda: "\n".join(f"{sh.upan(12)}  {c()}  {r.randint(300, 9000)} bytes  Weather bulletin" for _ in range(4)) + "\n"),
        ("b2f_secure_login_exchange", lambda: f"[WL2K-5.0-B2FWIHJM$]\n;PQ: {r.randint(10000000, 99999999)}\nCMS>\n;FW: {c()}\n[RMS Express-1.7.14.0-B2FHM$]\n;PR: {r.randint(10000000, 99999999)}\n; {c()} DE {c()} ({grid(r)[:6]})\n")],
     "iq_recording_checksums": [
        ("sigmf_meta_sha512", lambda: '{\n  "global": {\n    "core:datatype": "ci16_le",\n    "core:sample_rate": 2048000,\n    "core:sha512": "' + hashlib.sha512(sh.an(20).encode()).hexdigest() + '"\n  }\n}\n'),
        ("iq_archive_sha256sums", lambda: "\n".join(f"{hashlib.sha256(sh.an(16).encode()).hexdigest()}  iq_{r.randint(100000, 999999)}_{r.choice(['137100k', '145800k', '437800k'])}.cu8" for _ in range(3)) + "\n")],
     "tqsl_certificate_serials_and_fingerprints": [
        ("tqsl_cert_listing", lambda: f"Callsign: {c()}\nCertificate serial: {r.randint(100000, 999999)}\nDXCC entity: {r.randint(1, 500)}\nIssuer: Logbook of The World Production CA\nSHA-1 fingerprint: " + ":".join(sh.hexs(2, True) for _ in range(20)) + "\n"),
        ("openssl_x509_fingerprint_output", lambda: "$ openssl x509 -in lotw.crt -noout -fingerprint -sha256 -serial\nsha256 Fingerprint=" + ":".join(sh.hexs(2, True) for _ in range(32)) + "\nserial=" + sh.hexs(16, True) + "\n")],
     "publishable_keys_in_ham_web_frontends": [
        ("club_dues_stripe_publishable_key", lambda: "<script>\n  const stripe = Stripe('pk_live_" + sh.an(99) + "');\n</script>\n"),
        ("recaptcha_site_key_on_signup_form", lambda: '<div class="g-recaptcha" data-sitekey="6L' + sh.s(string.ascii_letters + string.digits + "_-", 38) + '"></div>\n')],
     "masked_passwords_in_hotspot_dashboards": [
        ("pistar_config_page_masked", lambda: f"BrandMeister Hotspot Security: ********\nDashboard password: ••••••••••\nCallsign: {c()}\n"),
        ("openwebrx_log_redacted", lambda: f"{r.randint(10, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)} INFO  login attempt user=admin password=[REDACTED {r.randint(9, 18)} chars] from 192.168.1.{r.randint(2, 250)}\n")],
     "placeholder_credentials_in_ham_configs": [
        ("direwolf_sample_iglogin_placeholder", lambda: f"# replace with your own call and passcode\nIGSERVER {r.choice(['noam', 'euro', 'asia'])}.aprs2.net\nIGLOGIN YOURCALL YOURPASSCODE\n"),
        ("pat_config_example_json", lambda: '{\n  "mycall": "' + r.choice(["N0CALL", "MYCALL"]) + '",\n  "secure_login_password": "<your winlink password>",\n  "http_addr": "localhost:' + str(r.randint(8080, 8090)) + '"\n}\n')],
     "secret_store_references_in_repeater_infra": [
        ("systemd_load_credential_lines", lambda: f"[Service]\nLoadCredential=bm-hotspot:/etc/credstore/{r.choice(['bm', 'tgif', 'ysf'])}-hotspot.cred\nExecStart=/usr/local/bin/DMRGateway /etc/dmrgateway.ini\n"),
        ("pass_store_and_bitwarden_refs", lambda: f"CLUBLOG_PASSWORD=$(pass show ham/clublog/{r.choice(['k1abc', 'w1aw', 'g4xyz'])})\nLOTW_P12_PASS=$(bw get password {sh.uuid4()})\n")],
     "age_and_ansible_vault_ciphertexts": [
        ("ansible_vault_block", lambda: "repeater_admin_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("  " + sh.hexs(80) for _ in range(4)) + "\n"),
        ("age_armored_file", lambda: "-----BEGIN AGE ENCRYPTED FILE-----\n" + base64.b64encode(b"age-encryption.org/v1\n-> X25519 " + sh.rb(40)).decode() + "\n" + sh.b64(48) + "\n-----END AGE ENCRYPTED FILE-----\n")],
     "bcrypt_and_argon2_hash_rows": [
        ("htpasswd_bcrypt_rows", lambda: "\n".join(f"{u}:{bcrypt(sh)}" for u in r.sample(["sdrop", "admin", "kiwi", "night"], 3)) + "\n"),
        ("argon2id_user_rows", lambda: "\n".join(f"{c()}|$argon2id$v=19$m=65536,t=3,p=4${sh.b64(16).rstrip('=')}${sh.b64(32).rstrip('=')}" for _ in range(2)) + "\n")],
     "password_talk_on_the_air_without_value": [
        ("net_control_script_reminder", lambda: f"Reminder for net control ({c()}): never read the controller password on the air; ask the trustee by phone if you need it.\n"),
        ("club_bylaws_password_clause", lambda: f"Section {r.randint(3, 9)}.{r.randint(1, 9)}: The repeater control password is changed every {r.choice(['quarter', 'six months', 'year'])} and held by the trustee and one alternate only.\n")],
    }


def wrap(w, t, r):
    if w == "":
        return t
    if w.endswith("groupsio_post"):
        return "Re: [club] config question\n\nHere is what I see:\n\n" + t + "\n73\n"
    if w.endswith("pull_request"):
        return "diff --git a/notes.txt b/notes.txt\n@@ -1,2 +1,6 @@\n" + "".join("+" + l + "\n" for l in t.rstrip("\n").split("\n"))
    if w.endswith("github_issue"):
        return "### What happened\n\n```\n" + t + "```\n"
    if w.endswith("wiki_page"):
        return "== Station notes ==\n<pre>\n" + t + "</pre>\n"
    return "Hi all,\n\nfor the record:\n\n" + t + "\nregards\n"


def build(forbidden, seed=15106):
    r = random.Random(seed)
    sh = Shapes(r)
    kinds = K(r, sh)
    out = []
    for cls, bases in kinds.items():
        for bk, fn in bases:
            for w in WRAPS:
                for _ in range(100):
                    t = wrap(w, fn(), r)
                    if not any(v in t for v in forbidden):
                        break
                else:
                    raise RuntimeError("negative keeps hitting a positive value")
                out.append(dict(**{"class": cls}, container=bk + w, text=t, source="negative"))
    return out, list(kinds)
