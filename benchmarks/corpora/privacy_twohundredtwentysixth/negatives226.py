"""Hard negatives of the astronomy-society world: texts with no secret that look like they might hold one."""
import base64
import hashlib
import json
import random

from common226 import (ALNUM, DIGITS, HEX, LOWER, UPPER, B64U, rs, rbytes, uuid4, b64u_nopad, b64s,
                       bech32_encode, ean13_check, mod11_2_check, tle_checksum)

SEED = 22606
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
OBJ = ["M31", "M42", "M13", "M57", "M81", "M101", "NGC 7000", "NGC 869", "IC 434", "NGC 6992", "M27", "M51", "NGC 2392"]
STAR = ["Vega", "Deneb", "Altair", "Capella", "Arcturus", "Betelgeuse", "Rigel", "Sirius", "Polaris"]


def gaia_id(rng):
    return str(rng.randrange(10 ** 18, 7 * 10 ** 18))


# ------------------------------------------------------------- 1 catalogue designations
def k_observing_list_csv(rng):
    rows = ["target,catalogue_ids,ra_deg,dec_deg,mag"]
    for _ in range(4):
        rows.append("%s,HIP %d|TYC %d-%d-1|Gaia DR3 %s,%.4f,%+.4f,%.1f" % (
            rng.choice(OBJ), rng.randrange(1000, 118000), rng.randrange(1, 9500), rng.randrange(1, 2000),
            gaia_id(rng), rng.uniform(0, 360), rng.uniform(-30, 89), rng.uniform(3, 12)))
    return "\n".join(rows) + "\n"


def k_target_planner_json(rng):
    t = {"night": "2025-03-%02d" % rng.randrange(1, 29), "targets": [
        {"name": rng.choice(OBJ), "twomass": "2MASS J%02d%02d%04d%+03d%02d%03d" % (
            rng.randrange(24), rng.randrange(60), rng.randrange(10000), rng.randrange(-30, 89), rng.randrange(60),
            rng.randrange(1000)), "gaia_dr3": gaia_id(rng)} for _ in range(3)]}
    return json.dumps(t, indent=2) + "\n"


# ------------------------------------------------------------- 2 TLEs
def _tle(rng):
    norad = rng.randrange(10000, 60000)
    y = rng.randrange(98, 100) if rng.random() < .3 else rng.randrange(0, 25)
    intl = "%02d%03d%s" % (y, rng.randrange(1, 300), rng.choice("ABC"))
    epoch = "%02d%012.8f" % (25, rng.uniform(1, 365))
    l1 = "1 %05dU %-8s %s  .%08d  00000-0  %05d-%d 0  %3d" % (norad, intl, epoch, rng.randrange(10 ** 6),
                                                              rng.randrange(10 ** 5), rng.randrange(1, 6), rng.randrange(999))
    l1 = l1[:68].ljust(68)
    l1 += tle_checksum(l1)
    l2 = "2 %05d %8.4f %8.4f %07d %8.4f %8.4f %11.8f%5d" % (norad, rng.uniform(0, 110), rng.uniform(0, 360),
                                                              rng.randrange(10 ** 7), rng.uniform(0, 360),
                                                              rng.uniform(0, 360), rng.uniform(11, 16), rng.randrange(99999))
    l2 = l2[:68].ljust(68)
    l2 += tle_checksum(l2)
    return l1, l2


def k_satellite_tle_file(rng):
    out = []
    for name in rng.sample(["ISS (ZARYA)", "HST", "TIANGONG", "NOAA 19", "METEOR-M2 3", "SWIFT"], 2):
        l1, l2 = _tle(rng)
        out += [name, l1, l2]
    return "\n".join(out) + "\n"


def k_pass_prediction_printout(rng):
    l1, l2 = _tle(rng)
    return ("Pass predictions for Hilltop (51.2N 0.7W), elements:\n%s\n%s\n"
            "Start 21:%02d:14  max alt %d°  end 21:%02d:40  mag -%.1f\n" % (l1, l2, rng.randrange(60), rng.randrange(20, 88),
                                                                           rng.randrange(60), rng.uniform(0.5, 3.5)))


# ------------------------------------------------------------- 3 FITS headers
def _card(k, v, c=""):
    s = "%-8s= %20s" % (k, v)
    if c:
        s += " / " + c
    return s[:80].ljust(80)


def _fits_cards(rng):
    cs = rs(rng, ALNUM, 16)
    return [_card("SIMPLE", "T"), _card("BITPIX", "16"), _card("NAXIS", "2"),
            _card("OBJECT", "'%s'" % rng.choice(OBJ).replace(" ", "")), _card("EXPTIME", "%.1f" % rng.choice([60, 120, 300])),
            _card("DATE-OBS", "'2025-02-%02dT21:%02d:%02d'" % (rng.randrange(1, 28), rng.randrange(60), rng.randrange(60))),
            _card("CHECKSUM", "'%s'" % cs, "HDU checksum updated 2025-02-28"),
            _card("DATASUM", "'%d'" % rng.randrange(10 ** 9, 4 * 10 ** 9), "data unit checksum")]


def k_fits_header_dump(rng):
    return "$ fitsheader light_%04d.fits\n" % rng.randrange(10000) + "\n".join(_fits_cards(rng)) + "\nEND\n"


def k_astropy_header_repr(rng):
    return ">>> hdul[0].header\n" + "\n".join(c.rstrip() for c in _fits_cards(rng)) + "\n"


# ------------------------------------------------------------- 4 MPC
def _packed(rng):
    return "K%02d%s%02d%s" % (rng.randrange(20, 26), rng.choice("ABCDEFGHJKLMNOPQRSTUVWXY"), rng.randrange(100),
                              rng.choice("ABCDEFGHJKLMNOPQRSTUVWXYZ"))


def k_mpc_80_column_report(rng):
    lines = ["COD J%02d" % rng.randrange(10, 99), "OBS R. Okafor", "TEL 0.35-m f/7 SCT + CMOS"]
    for _ in range(3):
        lines.append("     %s  C2025 02 %08.5f %02d %02d %05.2f %+03d %02d %04.1f          %4.1f G      J%02d" % (
            _packed(rng), rng.uniform(1, 28), rng.randrange(24), rng.randrange(60), rng.uniform(0, 60),
            rng.randrange(-20, 60), rng.randrange(60), rng.uniform(0, 60), rng.uniform(15, 20), rng.randrange(10, 99)))
    return "\n".join(lines) + "\n"


def k_minor_planet_designation_table(rng):
    rows = ["| packed | provisional | number | H |", "|---|---|---|---|"]
    for _ in range(4):
        rows.append("| %s | 20%02d %s%s%d | (%d) | %.1f |" % (_packed(rng), rng.randrange(20, 26), rng.choice(UPPER),
                                                           rng.choice(UPPER), rng.randrange(1, 99),
                                                           rng.randrange(1000, 700000), rng.uniform(12, 20)))
    return "\n".join(rows) + "\n"


# ------------------------------------------------------------- 5 serials
def k_telescope_inventory_csv(rng):
    rows = ["asset,model,serial,mac,purchased"]
    for m in rng.sample(["SkyWatcher EQ6-R Pro", "ZWO ASI2600MC Pro", "Celestron C11", "ZWO EAF", "Pegasus UPBv2"], 3):
        rows.append("OR-%03d,%s,%s%s,%s,2023-%02d-%02d" % (
            rng.randrange(1000), m, rs(rng, UPPER, 2), rs(rng, DIGITS, 8),
            ":".join(rs(rng, HEX, 2) for _ in range(6)), rng.randrange(1, 13), rng.randrange(1, 29)))
    return "\n".join(rows) + "\n"


def k_camera_firmware_log(rng):
    return ("[%s] camera SN %s firmware %d.%d.%d build %s\n[%s] sensor id 0x%s, usb3 link up\n" % (
        "21:%02d:%02d" % (rng.randrange(60), rng.randrange(60)), rs(rng, HEX, 12), rng.randrange(1, 4), rng.randrange(10),
        rng.randrange(10), rs(rng, HEX, 7), "21:%02d:%02d" % (rng.randrange(60), rng.randrange(60)), rs(rng, HEX, 8)))


# ------------------------------------------------------------- 6 ORCID / bibcode / DOI
def _orcid(rng):
    base = "0000000" + rs(rng, "123", 1) + rs(rng, DIGITS, 7)
    d = base + mod11_2_check(base)
    return "-".join(d[i:i + 4] for i in range(0, 16, 4))


def _bibcode(rng):
    j = rng.choice(["ApJ..", "MNRAS", "A&A..", "AJ...", "JBAA."])
    return "20%02d%s%s%s%s" % (rng.randrange(10, 26), j, ("%d" % rng.randrange(100, 999)).rjust(4, "."),
                               ".", ("%d" % rng.randrange(1, 9999)).rjust(4, ".") + rng.choice(UPPER))


def k_society_journal_reference_list(rng):
    return "\n".join("[%d] %s et al., %s, doi:10.%d/%s, arXiv:%d.%05d, ORCID %s" % (
        i + 1, rng.choice(["Okafor", "Lindqvist", "Patel", "Moreau"]), _bibcode(rng), rng.randrange(1000, 9999),
        rs(rng, LOWER + DIGITS, 10), rng.randrange(2101, 2512), rng.randrange(100000), _orcid(rng)) for i in range(3)) + "\n"


def k_speaker_bio_footer(rng):
    return ("Dr %s speaks on variable stars at the March meeting. ORCID: https://orcid.org/%s · "
            "ADS: %s\n" % (rng.choice(["Amara Okafor", "Lena Lindqvist", "Ravi Patel"]), _orcid(rng), _bibcode(rng)))


# ------------------------------------------------------------- 7 EAN-13
def _ean(rng):
    d = "50" + rs(rng, DIGITS, 10)
    return d + ean13_check(d)


def k_shop_product_feed_tsv(rng):
    rows = ["sku\tgtin\ttitle\tprice"]
    for t in rng.sample(["Baader Solar Film A4", "Telrad finder", "Red LED torch", "Planisphere 51N", "Moon map"], 3):
        rows.append("KT-%04d\t%s\t%s\t%.2f" % (rng.randrange(10000), _ean(rng), t, rng.uniform(5, 90)))
    return "\n".join(rows) + "\n"


def k_shelf_label_print_job(rng):
    return "^XA^FO40,30^A0N,28^FDSky atlas, 3rd ed.^FS^FO40,80^BEN,60,Y,N^FD%s^FS^XZ\n^XA^FO40,30^FDRed torch^FS^FO40,80^BEN,60,Y,N^FD%s^FS^XZ\n" % (_ean(rng), _ean(rng))


# ------------------------------------------------------------- 8 browser-side keys
def k_society_site_html_head(rng):
    mb = "pk." + b64u_nopad(json.dumps({"u": "darkskies", "a": rs(rng, LOWER + DIGITS, 25)}, separators=(",", ":")).encode()) + "." + rs(rng, ALNUM, 22)
    return ("<script>window.MAPBOX_PUBLIC_TOKEN = \"%s\";</script>\n"
            "<div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>\n"
            "<div class=\"cf-turnstile\" data-sitekey=\"0x4AAAAAAA%s\"></div>\n" % (mb, rs(rng, B64U, 38), rs(rng, ALNUM, 14)))


def k_shop_checkout_public_env(rng):
    return ("NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_51%s\nNEXT_PUBLIC_ALGOLIA_APP_ID=%s\n"
            "NEXT_PUBLIC_ALGOLIA_SEARCH_ONLY_KEY=%s\nNEXT_PUBLIC_POSTHOG_KEY=phc_%s\n"
            "NEXT_PUBLIC_SENTRY_DSN=https://%s@o%d.ingest.de.sentry.io/%d\n" % (
                rs(rng, ALNUM, 97), rs(rng, UPPER + DIGITS, 10), rs(rng, HEX, 32), rs(rng, ALNUM, 43),
                rs(rng, HEX, 32), rng.randrange(10 ** 5, 10 ** 7), rng.randrange(10 ** 6, 10 ** 7)))


# ------------------------------------------------------------- 9 SOPS / ansible-vault ciphertext
def k_sops_encrypted_yaml(rng):
    def enc():
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64s(rbytes(rng, rng.randrange(12, 40))),
                                                                   b64s(rbytes(rng, 32)), b64s(rbytes(rng, 16)))
    rec = bech32_encode("age", list(rbytes(rng, 32)))
    return ("roof_console: %s\nallsky_upload: %s\nsops:\n    age:\n        - recipient: %s\n"
            "    lastmodified: \"2025-02-11T20:14:03Z\"\n    mac: %s\n    version: 3.9.0\n" % (enc(), enc(), rec, enc()))


def k_ansible_vault_file(rng):
    body = rs(rng, HEX, 80 * 5)
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(body[i:i + 80] for i in range(0, len(body), 80)) + "\n"


# ------------------------------------------------------------- 10 templates / placeholders
def k_env_sample_file(rng):
    return ("# copy to .env and fill in\nBOOKING_ADMIN_PASSWORD=\nALLSKY_UPLOAD_TOKEN=acu_<station>_<27 chars>\n"
            "MOUNT_BRIDGE_HMAC_SECRET=changeme\nWIREGUARD_PRIVATE_KEY=<output of wg genkey>\n"
            "STRIPE_RESTRICTED_LIVE_KEY=rk_live_...\nSENDGRID_MAIL_SEND_API_KEY=${SENDGRID_MAIL_SEND_API_KEY:?missing}\n"
            "DOME_WIFI_PSK=%s\n" % ("0" * 64 if rng.random() < 0.5 else "x" * 64))


def k_contributing_setup_section(rng):
    return ("## Local setup\n1. `cp .env.sample .env`\n2. Ask the webmaster for `ARCHIVE_API_JWT` – never paste it in an issue.\n"
            "3. Set `PLANETARIUM_SECRET_KEY` to anything long, e.g. `python -c 'import secrets; print(secrets.token_urlsafe(50))'`.\n"
            "4. `AGE_X25519_IDENTITY=AGE-SECRET-KEY-1XXXXXXXX…` is only a placeholder.\n")


# ------------------------------------------------------------- 11 masked / filtered
def k_rails_log_filtered_params(rng):
    return ("Started POST \"/members/sign_in\" for %s at 2025-03-0%d 21:%02d:11 +0000\n"
            "  Parameters: {\"authenticity_token\"=>\"[FILTERED]\", \"member\"=>{\"email\"=>\"%s@darkskies-society.example\", "
            "\"password\"=>\"[FILTERED]\"}}\nCompleted 302 Found in %dms\n" % (
                "10.%d.%d.%d" % (rng.randrange(40), rng.randrange(256), rng.randrange(256)), rng.randrange(1, 9),
                rng.randrange(60), rs(rng, LOWER, 6), rng.randrange(20, 300)))


def k_admin_panel_masked_view(rng):
    return ("Integrations\n  Stripe restricted key   rk_live_••••••••••••%s\n  SendGrid                SG.****…%s\n"
            "  Grafana service acct    glsa_********************************_%s (last used 2 days ago)\n"
            "  Roof console password   ●●●●●●●●●●  [reveal requires 2FA]\n" % (rs(rng, ALNUM, 4), rs(rng, ALNUM, 4), "********"))


# ------------------------------------------------------------- 12 secret references
def k_external_secret_manifest(rng):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: roof-console\nspec:\n"
            "  secretStoreRef: {name: vault-backend, kind: ClusterSecretStore}\n  data:\n    - secretKey: console\n"
            "      remoteRef: {key: observatory/roof, property: console}\n---\n"
            "env:\n  - name: ALLSKY_UPLOAD_TOKEN\n    valueFrom:\n      secretKeyRef: {name: allsky, key: token}\n")


def k_app_service_keyvault_refs(rng):
    v = rs(rng, HEX, 32)
    return ("SHOP_BACKOFFICE_PASSWORD=@Microsoft.KeyVault(SecretUri=https://kv-telescopes-%s.vault.azure.net/secrets/backoffice/%s)\n"
            "SENTRY_ORG_AUTH_TOKEN={{resolve:secretsmanager:prod/shop/sentry:SecretString:token}}\n"
            "MOUNT_BRIDGE_HMAC_SECRET=${vault:secret/data/observatory/mount#hmac}\n" % (rs(rng, LOWER, 4), v))


# ------------------------------------------------------------- 13 password hashes
def k_django_auth_user_dump(rng):
    rows = ["id | username | password"]
    for i in range(3):
        rows.append("%d | %s | pbkdf2_sha256$870000$%s$%s" % (i + 1, rng.choice(["priya", "tomasz", "helen", "kwame"]) + str(i),
                                                             rs(rng, ALNUM, 22), b64s(rbytes(rng, 32))))
    return "\n".join(rows) + "\n"


def k_werkzeug_and_ldap_hash_listing(rng):
    return ("members.login_hash:\n  scrypt:32768:8:1$%s$%s\nslapcat | grep userPassword\n  userPassword:: %s\n" % (
        rs(rng, ALNUM, 16), rs(rng, HEX, 128), b64s(("{SSHA}" + b64s(rbytes(rng, 28))).encode())))


# ------------------------------------------------------------- 14 per-delivery signatures
def k_webhook_request_dump(rng):
    return ("POST /hooks/github HTTP/1.1\nX-GitHub-Delivery: %s\nX-GitHub-Event: push\nX-Hub-Signature-256: sha256=%s\n\n"
            "POST /hooks/slack HTTP/1.1\nX-Slack-Request-Timestamp: %d\nX-Slack-Signature: v0=%s\n" % (
                uuid4(rng), rs(rng, HEX, 64), 1717000000 + rng.randrange(10 ** 7), rs(rng, HEX, 64)))


def k_payment_webhook_debug_log(rng):
    return ("[stripe] event=%s type=checkout.session.completed\n[stripe] Stripe-Signature: t=%d,v1=%s\n[stripe] verified ok\n" % (
        "evt_" + rs(rng, ALNUM, 24), 1717000000 + rng.randrange(10 ** 7), rs(rng, HEX, 64)))


# ------------------------------------------------------------- 15 digests
def k_container_image_lockfile(rng):
    return ("images:\n  bookings: ghcr.io/darkskies/bookings@sha256:%s\n  allsky: ghcr.io/darkskies/allsky@sha256:%s\n"
            "packages:\n  \"node_modules/astro-coords\":\n    integrity: sha512-%s\n    resolved: commit %s\n" % (
                hashlib.sha256(rbytes(rng, 40)).hexdigest(), hashlib.sha256(rbytes(rng, 40)).hexdigest(),
                b64s(hashlib.sha512(rbytes(rng, 40)).digest()), hashlib.sha1(rbytes(rng, 40)).hexdigest()))


def k_data_release_manifest(rng):
    return "".join("%s  DR3/%s_%04d.fits.fz\n" % (hashlib.sha256(rbytes(rng, 64)).hexdigest(),
                                                   rng.choice(OBJ).replace(" ", ""), rng.randrange(10000)) for _ in range(3))


# ------------------------------------------------------------- 16 public keys
def k_wireguard_peer_config_public(rng):
    return ("[Peer]\n# dome-pi\nPublicKey = %s\nAllowedIPs = 10.77.0.%d/32\nEndpoint = obs.orionridge-observatory.example:51820\n"
            "PersistentKeepalive = 25\n" % (b64s(rbytes(rng, 32)), rng.randrange(2, 250)))


def k_release_verification_note(rng):
    mini = b64s(b"Ed" + rbytes(rng, 8) + rbytes(rng, 32))
    return ("Verify downloads with minisign:\n  minisign -Vm domebridge-2.3.tar.gz -P %s\n"
            "Backups are encrypted to this age recipient: %s\n" % (mini, bech32_encode("age", list(rbytes(rng, 32)))))


# ------------------------------------------------------------- 17 SQM / weather logs
def k_sqm_logger_csv(rng):
    rows = ["# UTC;local;temp_C;counts;freq_Hz;MSAS"]
    for i in range(4):
        rows.append("2025-02-%02dT%02d:%02d:00.000;2025-02-%02dT%02d:%02d:00.000;%.1f;%d;%d;%.2f" % (
            12, 21 + i // 2, (i * 15) % 60, 12, 21 + i // 2, (i * 15) % 60, rng.uniform(-5, 8), rng.randrange(10 ** 5),
            rng.randrange(10 ** 4), rng.uniform(19.5, 21.9)))
    return "\n".join(rows) + "\n"


def k_weather_station_mqtt_log(rng):
    return ("obs/weather/state {\"cloud_sky_minus_ambient\": %.1f, \"rain\": false, \"sqm\": %.2f, \"dew_point\": %.1f, "
            "\"seeing_arcsec\": %.1f}\nobs/weather/raw 0x%s\n" % (rng.uniform(-30, -5), rng.uniform(18, 22),
                                                                   rng.uniform(-3, 9), rng.uniform(1, 4), rs(rng, HEX, 24)))


# ------------------------------------------------------------- 18 policy prose
def k_committee_minutes_it_section(rng):
    return ("Item 7 (IT): the webmaster reported that all committee logins now use the password manager. "
            "Members were reminded never to send passwords or API keys by e-mail or in the forum; "
            "the roof console password will be rotated after the %s open night. Action: %s.\n" % (
                rng.choice(["March", "April", "autumn"]), rng.choice(["Priya", "Tomasz", "Helen"])))


def k_volunteer_handbook_page(rng):
    return ("Logging in at the planetarium desk: use your own account, not the shared one. If you forget your password, "
            "ask the duty manager to reset it – nobody will ever ask you for it by phone. Tokens for the shop and the "
            "booking site live in the society vault; never copy them into a spreadsheet. (page %d)\n" % rng.randrange(4, 40))


# ------------------------------------------------------------- 19 bookings / tickets
def k_ticket_confirmation_email(rng):
    return ("Your planetarium tickets\nOrder PLN-2025-%06d · show \"Winter Sky\" · seats D%d, D%d\n"
            "Ticket barcode: %s\nBooking ref: %s\n" % (rng.randrange(10 ** 6), rng.randrange(1, 20), rng.randrange(1, 20),
                                                        rs(rng, DIGITS, 16), rs(rng, CROCKFORD, 8)))


def k_box_office_export_csv(rng):
    rows = ["order_id,show,seat,barcode,paid"]
    for _ in range(3):
        rows.append("ord_%s,Winter Sky,%s%d,%s,%.2f" % (rs(rng, ALNUM, 14), rng.choice("ABCDE"), rng.randrange(1, 30),
                                                        rs(rng, DIGITS, 13), rng.choice([6.5, 9.0, 12.0])))
    return "\n".join(rows) + "\n"


# ------------------------------------------------------------- 20 uuid / ulid ids
def _ulid(rng):
    return rs(rng, "01234567", 1) + rs(rng, CROCKFORD, 25)


def k_observation_db_rows(rng):
    return "\n".join("%s | %s | %s | %.1f s" % (uuid4(rng), _ulid(rng), rng.choice(OBJ), rng.choice([30, 60, 120, 300]))
                     for _ in range(3)) + "\n"


def k_api_request_trace(rng):
    return ("traceparent: 00-%s-%s-01\nx-request-id: %s\nidempotency-key: %s\n" % (
        rs(rng, HEX, 32), rs(rng, HEX, 16), uuid4(rng), uuid4(rng)))


CLASSES = [
    ("deep_sky_catalogue_designations", "HIP, Tycho, Gaia DR3 and 2MASS identifiers of observing targets",
     [k_observing_list_csv, k_target_planner_json]),
    ("two_line_element_sets", "satellite TLEs with real modulo-10 line checksums",
     [k_satellite_tle_file, k_pass_prediction_printout]),
    ("fits_header_keyword_cards", "FITS header cards with a 16-character CHECKSUM value (random in frame) and DATASUM",
     [k_fits_header_dump, k_astropy_header_repr]),
    ("mpc_observation_records", "MPC 80-column astrometry lines and packed provisional designations",
     [k_mpc_80_column_report, k_minor_planet_designation_table]),
    ("equipment_serial_and_firmware_ids", "mount and camera serials, MAC addresses, firmware build hashes, sensor ids",
     [k_telescope_inventory_csv, k_camera_firmware_log]),
    ("orcid_bibcode_and_doi_references", "ORCID iDs with real ISO 7064 MOD 11-2 check characters, ADS bibcodes, DOIs, arXiv ids",
     [k_society_journal_reference_list, k_speaker_bio_footer]),
    ("ean13_shop_product_codes", "EAN-13 codes (prefix 50) with real GS1 check digits in a product feed and ZPL label jobs",
     [k_shop_product_feed_tsv, k_shelf_label_print_job]),
    ("browser_side_site_keys", "Mapbox `pk.` token, reCAPTCHA and Turnstile site keys, Stripe `pk_live_51`, Algolia search-only key, PostHog `phc_`, Sentry DSN (public by design)",
     [k_society_site_html_head, k_shop_checkout_public_env]),
    ("sops_and_ansible_vault_ciphertext", "SOPS `ENC[AES256_GCM,…]` values with an age recipient and `$ANSIBLE_VAULT;1.1;AES256` bodies (random in frame)",
     [k_sops_encrypted_yaml, k_ansible_vault_file]),
    ("society_config_templates", "`.env.sample` and contributor-guide placeholders using the real everyday and vendor key names",
     [k_env_sample_file, k_contributing_setup_section]),
    ("masked_and_filtered_credentials", "Rails `[FILTERED]` parameters, bullets, stars and last-four displays",
     [k_rails_log_filtered_params, k_admin_panel_masked_view]),
    ("kubernetes_and_template_secret_refs", "ExternalSecret `remoteRef`, `secretKeyRef`, Azure `@Microsoft.KeyVault(...)`, CloudFormation `{{resolve:…}}`, `${vault:…}`",
     [k_external_secret_manifest, k_app_service_keyvault_refs]),
    ("pbkdf2_and_scrypt_password_hashes", "Django `pbkdf2_sha256$…`, Werkzeug `scrypt:…$…$…` and LDAP `{SSHA}` hashes (random in frame)",
     [k_django_auth_user_dump, k_werkzeug_and_ldap_hash_listing]),
    ("per_delivery_signature_headers", "`X-Hub-Signature-256`, `X-Slack-Signature`, `Stripe-Signature` values (per-delivery MACs, not keys)",
     [k_webhook_request_dump, k_payment_webhook_debug_log]),
    ("image_and_release_digests", "container image digests, SRI `sha512-` integrity, commit SHAs and SHA-256 sums of FITS releases (real digests of random bytes)",
     [k_container_image_lockfile, k_data_release_manifest]),
    ("wireguard_age_and_minisign_public_keys", "WireGuard peer public keys, age recipients with real Bech32 checksums, minisign public keys",
     [k_wireguard_peer_config_public, k_release_verification_note]),
    ("sky_quality_and_seeing_logs", "SQM logger rows, cloud-sensor MQTT readings and hex raw frames",
     [k_sqm_logger_csv, k_weather_station_mqtt_log]),
    ("password_policy_prose_in_society_docs", "committee minutes and handbook prose about passwords with no password in it",
     [k_committee_minutes_it_section, k_volunteer_handbook_page]),
    ("planetarium_booking_and_ticket_refs", "order numbers, seat codes, 13/16-digit ticket barcodes and Crockford booking refs",
     [k_ticket_confirmation_email, k_box_office_export_csv]),
    ("uuid_and_ulid_observation_ids", "UUIDv4 and ULID observation ids, W3C traceparent ids, request and idempotency ids",
     [k_observation_db_rows, k_api_request_trace]),
]

WRAPPERS = [
    ("", None),
    ("__in_society_forum_post", lambda t, rng: "Posted by %s in Equipment & Software:\nHere's what I see, anything wrong?\n\n%s\nThanks!\n" % (
        rng.choice(["hilltop_mike", "vega_fan", "dobsonian_dave"]), t)),
    ("__in_observatory_slack_export", lambda t, rng: "#observatory-ops  %s  <@U0%s>:\n```\n%s```\n" % (
        "2025-03-0%d" % rng.randrange(1, 9), rs(rng, UPPER + DIGITS, 8), t)),
    ("__in_telescope_shop_support_email", lambda t, rng: "Subject: Re: order query\n\nHi,\nbelow is the extract you asked for.\n\n%s\nBest wishes,\nKepler Telescopes support\n" % t),
    ("__in_github_issue_thread", lambda t, rng: "**Describe the bug**\nOutput attached:\n\n```\n%s```\n_edited by maintainer_\n" % t),
]


def kind_names():
    return [k.__name__[2:] for _c, _d, ks in CLASSES for k in ks]


def generate(reject):
    """reject(text) -> True when the text must be redrawn."""
    rng = random.Random(SEED)
    recs = []
    for cname, _desc, kinds in CLASSES:
        for k in kinds:
            for wsuffix, wrap in WRAPPERS:
                for _ in range(200):
                    t = k(rng)
                    if wrap:
                        t = wrap(t, rng)
                    if not reject(t):
                        break
                else:
                    raise RuntimeError("negative kept failing: " + cname)
                recs.append({"class": cname, "container": k.__name__[2:] + wsuffix, "text": t, "source": "negative"})
    return recs
