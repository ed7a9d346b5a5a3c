"""Hard negatives of the piano / organ / repair world: no secret in any of them."""
import base64
import hashlib
import json
import random

import common228 as C

CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BCRYPT64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def ean13_check(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


def iswc_check(d9):
    s = 1 + sum((i + 1) * int(c) for i, c in enumerate(d9))
    return str((10 - s % 10) % 10)


def iban(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return country + "%02d" % (98 - int(num) % 97) + bban


def iban_ok(s):
    s = s.replace(" ", "")
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def grp(s, n, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- base kinds
def k_piano_inventory_csv(r):
    makers = [("Steinway & Sons", "Model O"), ("Bechstein", "Model 8"), ("Yamaha", "U3"), ("Blüthner", "Model 6"), ("Kawai", "K-300"), ("Broadwood", "Barless")]
    rows = ["stock_no,maker,model,serial,year,action_no,finish"]
    for _ in range(4):
        m, mo = r.choice(makers)
        rows.append("S-%04d,%s,%s,%d,%d,%s,%s" % (r.randint(1000, 9999), m, mo, r.randint(10000, 6999999), r.randint(1890, 2023),
                                                   r.choice(["", "A"]) + str(r.randint(100000, 999999)), r.choice(["ebonised", "walnut", "mahogany", "white polyester"])))
    return "\n".join(rows) + "\n"


def k_dealer_warranty_registration(r):
    return ("Warranty registration – %s\nModel: %s\nSerial: %s%07d\nDealer code: UK-%04d\nRegistration ref: WR-%s\nInstalled: 2025-%02d-%02d\n"
            % (r.choice(["Yamaha", "Kawai", "Roland"]), r.choice(["U1", "b121", "K-500", "GP-9"]), r.choice("JHT"), r.randint(0, 9999999),
               r.randint(1, 9999), C.rs(r, C.UPPER_ALNUM, 10), r.randint(1, 12), r.randint(1, 28)))


def k_organ_opus_list_markdown(r):
    rows = ["| opus | year | church | manuals | stops | NPOR |", "|---|---|---|---|---|---|"]
    for _ in range(4):
        rows.append("| %d | %d | St %s, %s | %d | %d | %s%05d |" % (r.randint(100, 1400), r.randint(1860, 2020),
                    r.choice(["Cuthbert", "Mary", "Peter", "Aidan", "Hilda"]), r.choice(["Durham", "Whitby", "Hexham", "Ripon"]),
                    r.randint(1, 4), r.randint(6, 60), r.choice("NDEKR"), r.randint(0, 99999)))
    return "\n".join(rows) + "\n"


def k_npor_survey_record(r):
    return ("Survey ID: %s%05d\nGrid ref: %s %03d %03d\nBuilder: %s (opus %d)\nStops: Open Diapason 8, Stopped Diapason 8, Principal 4, Fifteenth 2, Mixture III, Bourdon 16\nBlower serial: %s-%d\n"
            % (r.choice("NDK"), r.randint(0, 99999), r.choice(["NZ", "SE", "SU", "TQ"]), r.randint(0, 999), r.randint(0, 999),
               r.choice(["Harrison & Harrison", "Nicholson", "Binns", "Hill, Norman & Beard"]), r.randint(100, 900), r.choice(["DISC", "WATKINS"]), r.randint(10000, 99999)))


def ismn(r):
    d = "9790" + "".join(r.choice(C.DIGITS) for _ in range(8))
    return d + ean13_check(d)


def isbn13(r):
    d = "978" + "".join(r.choice(C.DIGITS) for _ in range(9))
    return d + ean13_check(d)


def k_sheet_music_order_lines(r):
    lines = ["qty  title                                  ISMN"]
    for t in ["Czerny op. 299", "Bach Inventions BWV 772-786", "Widor Toccata (Symphony 5)", "Elgar Nimrod arr. organ"]:
        i = ismn(r)
        lines.append("%-4d %-38s %s-%s-%s-%s-%s" % (r.randint(1, 6), t, i[:3], i[3], i[4:8], i[8:12], i[12]))
    lines.append("Ref book ISBN %s" % isbn13(r))
    return "\n".join(lines) + "\n"


def k_library_catalogue_marc_excerpt(r):
    i = ismn(r)
    return ("=LDR  00000ncm a2200000 i 4500\n=001  %d\n=024  2\\$a%s\n=028  32$a%s %d$bBärenreiter\n=245  00$aOrgan works /$cJ.S. Bach.\n"
            % (r.randint(10 ** 8, 10 ** 9), i, r.choice(["BA", "HN"]), r.randint(1000, 9999)))


def iswc(r):
    d = "".join(r.choice(C.DIGITS) for _ in range(9))
    return "T-%s.%s.%s-%s" % (d[:3], d[3:6], d[6:], iswc_check(d))


def isrc(r):
    return "GB-%s-%02d-%05d" % (C.rs(r, C.UPPER_ALNUM, 3), r.randint(20, 25), r.randint(0, 99999))


def k_recital_programme_rights_sheet(r):
    return ("Recital 12 Oct – rights return\n1. Toccata (Widor)  ISWC %s\n2. Prelude on 'Rhosymedre'  ISWC %s\n3. Improvisation  ISWC %s\nRecording: ISRC %s\n"
            % (iswc(r), iswc(r), iswc(r), isrc(r)))


def k_streaming_distributor_csv(r):
    rows = ["track,isrc,iswc,upc"]
    for t in ["Nimrod", "Rhosymedre", "Carillon de Westminster"]:
        u = "".join(r.choice(C.DIGITS) for _ in range(11))
        u += str((10 - sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(u)) % 10) % 10)
        rows.append("%s,%s,%s,%s" % (t, isrc(r).replace("-", ""), iswc(r), u))
    return "\n".join(rows) + "\n"


def gb_iban(r):
    return iban("GB", r.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + "".join(r.choice(C.DIGITS) for _ in range(14)))


def de_iban(r):
    return iban("DE", "".join(r.choice(C.DIGITS) for _ in range(18)))


def k_workshop_invoice_bank_footer(r):
    ib = gb_iban(r)
    return ("Payment within 14 days please.\nBramley Piano Services Ltd · Company no. %08d · VAT GB %09d\nIBAN %s · BIC %s\nSort code %s · Account %s\n"
            % (r.randint(10 ** 6, 10 ** 8 - 1), r.randint(10 ** 8, 10 ** 9 - 1), grp(ib, 4), ib[4:8] + "GB2L",
               "-".join(ib[8:14][i:i + 2] for i in (0, 2, 4)), ib[14:]))


def k_supplier_sepa_export(r):
    rows = ["creditor;iban;bic;amount;reference"]
    for s in ["Renner GmbH (hammers)", "Abel Hammer", "Laukhuff pipe shop"]:
        rows.append("%s;%s;%s;%d.%02d;RE-%d" % (s, de_iban(r), r.choice(["COBADEFFXXX", "DEUTDEFF", "GENODEF1S04"]), r.randint(80, 4000), r.randint(0, 99), r.randint(10000, 99999)))
    return "\n".join(rows) + "\n"


NOTES = ["A0", "C1", "E1", "A1", "C2", "E2", "A2", "C3", "E3", "A3", "C4", "E4", "A4", "C5", "E5", "A5", "C6", "E6", "A6", "C7", "E7", "A7", "C8"]


def k_tuning_file_cents_table(r):
    lines = ["# tuning curve export, A4=440.0, 2:1 octaves, stretch 'medium'", "note   cents   B(×1e-4)"]
    for n in NOTES:
        lines.append("%-6s %+6.2f  %6.3f" % (n, r.uniform(-30, 35), r.uniform(0.2, 60)))
    return "\n".join(lines) + "\n"


def k_inharmonicity_measurement_log(r):
    out = []
    for n in ["A0", "A1", "A2", "F3", "A4", "C6"]:
        out.append("%s  p1=%.3f Hz  p2=%.3f Hz  p3=%.3f Hz  B=%.6f  beat(4:2)=%.2f/s" % (n, r.uniform(27, 1100), r.uniform(55, 2200), r.uniform(80, 3300), r.uniform(0.00005, 0.004), r.uniform(0.1, 9)))
    return "\n".join(out) + "\n"


def k_sysex_bulk_dump_hex(r):
    data = [r.randint(0, 127) for _ in range(28)]
    addr = [0x40, 0x00, r.randint(0, 127)]
    cs = (128 - (sum(addr) + sum(data)) % 128) % 128
    return ("Bulk dump (Roland DT1), device 10:\nF0 41 10 42 12 %s %s %02X F7\n" % (" ".join("%02X" % x for x in addr), " ".join("%02X" % x for x in data), cs))


def k_player_system_firmware_log(r):
    h = hashlib.sha1(C.rbytes(r, 40)).hexdigest()
    return ("[boot] player-ctl fw 4.%d.%d build %s\n[boot] flash crc32 %08x ok\n[midi] in: 90 3C 64 / 80 3C 00\n[net] dhcp 10.20.4.%d lease 86400\n"
            % (r.randint(0, 9), r.randint(0, 30), h, r.randint(0, 2 ** 32 - 1), r.randint(20, 200)))


def mapbox_pk(r):
    body = C.b64url_nopad(json.dumps({"u": "brambleypianos", "a": C.rs(r, C.LOWER_ALNUM, 25)}, separators=(",", ":")).encode())
    return "pk." + body + "." + C.rs(r, C.B64URL, 22)


def k_booking_widget_html_head(r):
    return ("<head>\n  <script src=\"https://js.stripe.com/v3/\"></script>\n  <script>const stripe = Stripe('pk_live_51%s');</script>\n"
            "  <div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>\n  <script>mapboxgl.accessToken = '%s';</script>\n</head>\n"
            % (C.rs(r, C.ALNUM, 97), C.rs(r, C.B64URL, 38), mapbox_pk(r)))


def k_mobile_app_public_config(r):
    return json.dumps({"squareApplicationId": "sq0idp-" + C.rs(r, C.B64URL, 22), "paypalClientId": "A" + C.rs(r, C.B64URL, 79),
                       "sentryDsn": "https://%s@o%d.ingest.de.sentry.io/%d" % (C.rs(r, C.HEX, 32), r.randint(10 ** 5, 10 ** 7), r.randint(10 ** 6, 10 ** 7)),
                       "posthogKey": "phc_" + C.rs(r, C.ALNUM, 43)}, indent=2) + "\n"


def k_env_template_file(r):
    return ("# copy to .env and fill in\nSCHEDULER_PASSWORD=changeme\nSERVICE_DB_PASSWORD=\nTUNING_SYNC_TOKEN=pts_000000000000_%s\nRELAY_API_KEY=orl_<28 hex + crc16>\n"
            "FERNET_KEY=<output of Fernet.generate_key()>\nSECRET_KEY_BASE=$(bin/rails secret)\nTOTP_SEED=JBSWY3DPEHPK3PXP\nSTRIPE_LIVE_SECRET_KEY=sk_live_...\n"
            % r.choice(["XXXXXXXXXXXXXXXXXXXXXXXX", "your-token-here", "..."]))


def k_install_docs_snippet(r):
    return ("## Setup\n\n1. `cp .env.example .env`\n2. Set `RELAY_CONSOLE_PASSWORD` to something only you know (min. %d characters).\n"
            "3. Put the Telegram bot token in `TELEGRAM_BOT_TOKEN=<token from @BotFather>`.\n4. Run `make seed` – it prints `PLAYER_ADMIN_PASSWORD=<generated>` once.\n" % r.choice([12, 14, 16]))


def k_support_log_redacted(r):
    return ("%s INFO  auth ok user=tuner scheduler_password=******** ip=10.20.4.%d\n%s WARN  retry relay api_key=orl_****%s\n%s DEBUG header Authorization: Bearer [REDACTED]\n"
            % ("2025-10-14T08:%02d:%02dZ" % (r.randint(0, 59), r.randint(0, 59)), r.randint(2, 250),
               "2025-10-14T08:%02d:%02dZ" % (r.randint(0, 59), r.randint(0, 59)), C.rs(r, C.HEX, 4),
               "2025-10-14T08:%02d:%02dZ" % (r.randint(0, 59), r.randint(0, 59))))


def k_ci_output_masked(r):
    return ("$ echo \"deploying with $TUNING_SYNC_TOKEN\"\ndeploying with ***\n$ stripe config --list\nlive_mode_api_key = sk_live_************************%s\nfernet_key = [MASKED]\n"
            % C.rs(r, C.ALNUM, 4))


def k_ci_env_secret_references(r):
    return ("env:\n  SCHEDULER_PASSWORD: ${{ secrets.SCHEDULER_PASSWORD }}\n  RELAY_API_KEY: op://Workshop/relay-bridge/api key\n"
            "  TOTP_SEED: vault:secret/data/workshop/admin#totp\n  FERNET_KEY: \"@Microsoft.KeyVault(SecretUri=https://bramley-kv.vault.azure.net/secrets/fernet-key/)\"\n")


def k_aws_secrets_manager_arn_config(r):
    acct = "".join(r.choice(C.DIGITS) for _ in range(12))
    return ("{\n  \"DbSecretArn\": \"arn:aws:secretsmanager:eu-west-2:%s:secret:tuning/service-db-%s\",\n"
            "  \"StripeKey\": \"{{resolve:secretsmanager:tuning/stripe:SecretString:live}}\",\n  \"GcpSecret\": \"projects/%d/secrets/relay-api-key/versions/latest\"\n}\n"
            % (acct, C.rs(r, C.ALNUM, 6), r.randint(10 ** 11, 10 ** 12 - 1)))


def bcrypt_hash(r):
    return "$2b$12$" + C.rs(r, BCRYPT64, 53)


def argon2_hash(r):
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (C.b64url_nopad(C.rbytes(r, 16)).replace("-", "+").replace("_", "/"),
                                                     C.b64url_nopad(C.rbytes(r, 32)).replace("-", "+").replace("_", "/"))


def k_user_table_dump(r):
    rows = ["id | username   | password_hash"]
    for i, u in enumerate(["tom", "priya", "gwen", "jo"]):
        rows.append("%2d | %-10s | %s" % (i + 1, u, bcrypt_hash(r) if i % 2 else argon2_hash(r)))
    return "\n".join(rows) + "\n"


def k_htpasswd_bcrypt_file(r):
    return "# /etc/nginx/tuner.htpasswd\ntuner:%s\nrelay:%s\n" % (bcrypt_hash(r).replace("$2b$", "$2y$"), bcrypt_hash(r).replace("$2b$", "$2y$"))


def ssh_ed25519_pub(r):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + C.rbytes(r, 32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


def k_authorized_keys_listing(r):
    return "# ~/.ssh/authorized_keys on relay-pi\n%s tom@van2\n%s gwen@loft-laptop\n" % (ssh_ed25519_pub(r), ssh_ed25519_pub(r))


def k_known_hosts_excerpt(r):
    salt = base64.b64encode(C.rbytes(r, 20)).decode()
    hsh = base64.b64encode(C.rbytes(r, 20)).decode()
    return "|1|%s|%s %s\nrelay.stcuthbert-organ.example %s\n" % (salt, hsh, ssh_ed25519_pub(r), ssh_ed25519_pub(r))


def k_pgp_armored_message(r):
    data = C.rbytes(r, r.randint(140, 220))
    b = base64.b64encode(data).decode()
    crc = base64.b64encode(crc24(data).to_bytes(3, "big")).decode()
    return "-----BEGIN PGP MESSAGE-----\n\n%s\n=%s\n-----END PGP MESSAGE-----\n" % (grp(b, 64, "\n"), crc)


def k_rails_credentials_enc_file(r):
    return ("$ cat config/credentials/production.yml.enc\n%s--%s--%s\n"
            % (base64.b64encode(C.rbytes(r, r.randint(90, 160))).decode(), base64.b64encode(C.rbytes(r, 12)).decode(), base64.b64encode(C.rbytes(r, 16)).decode()))


def k_npm_lockfile_excerpt(r):
    d = base64.b64encode(hashlib.sha512(C.rbytes(r, 32)).digest()).decode()
    return ("    \"node_modules/tone\": {\n      \"version\": \"14.%d.%d\",\n      \"resolved\": \"https://registry.npmjs.org/tone/-/tone-14.7.77.tgz\",\n      \"integrity\": \"sha512-%s\"\n    }\n"
            % (r.randint(0, 9), r.randint(0, 99), d))


def k_pip_requirements_hashes(r):
    return ("mido==1.3.2 \\\n    --hash=sha256:%s\npython-rtmidi==1.5.8 \\\n    --hash=sha256:%s\n"
            % (hashlib.sha256(C.rbytes(r, 32)).hexdigest(), hashlib.sha256(C.rbytes(r, 32)).hexdigest()))


def k_openssl_x509_text_excerpt(r):
    fp = hashlib.sha256(C.rbytes(r, 64)).hexdigest().upper()
    return ("Certificate:\n    Data:\n        Serial Number:\n            %s\n        Issuer: C=GB, O=Let's Encrypt, CN=R11\n        Subject: CN=tune.brambleypianos.example\nsha256 Fingerprint=%s\n"
            % (":".join(C.rs(r, C.HEX, 2) for _ in range(16)), ":".join(fp[i:i + 2] for i in range(0, 64, 2))))


def k_hpkp_pin_config(r):
    return ("# relay bridge certificate pinning (public key hashes)\npins:\n  - pin-sha256=\"%s\"\n  - pin-sha256=\"%s\"\n"
            % (base64.b64encode(hashlib.sha256(C.rbytes(r, 32)).digest()).decode(), base64.b64encode(hashlib.sha256(C.rbytes(r, 32)).digest()).decode()))


def ulid(r):
    return C.rs(r, "01234567", 1) + C.rs(r, CROCK, 25)


def k_job_sheet_email(r):
    return ("Job sheet – %s\nJob ID: %s\nInvoice: INV-2025-%05d\nVisit ref: %s\nInstrument: Yamaha U3 s/n %d, pitch raise to A440\n"
            % (r.choice(["St Mary's School", "Mrs Okafor", "Hexham Abbey"]), C.uuid4(r), r.randint(1, 99999), ulid(r), r.randint(1000000, 6999999)))


def k_accounting_export_csv(r):
    rows = ["date,invoice,customer_id,job_uuid,amount"]
    for _ in range(3):
        rows.append("2025-%02d-%02d,INV-2025-%05d,C%06d,%s,%d.00" % (r.randint(1, 12), r.randint(1, 28), r.randint(1, 99999), r.randint(1, 999999), C.uuid4(r), r.choice([85, 95, 140, 320])))
    return "\n".join(rows) + "\n"


def k_guild_newsletter_security_tips(r):
    return ("Security corner: never write the workshop login on the tuning-fork case, and never reuse the guild portal password for the scheduler. "
            "A password manager with a long passphrase beats any clever scheme. If a client asks for your login to 'check the app', say no.\n")


def k_workshop_onboarding_doc(r):
    return ("Day one: Jo will set up your accounts. You choose your own password at first login (at least 14 characters); we never send passwords by e-mail or WhatsApp. "
            "Two-factor codes come from the authenticator app on your phone. Ask Jo if you get locked out – do not share logins.\n")


def mac(r, oui):
    return oui + ":" + ":".join(C.rs(r, "0123456789ABCDEF", 2) for _ in range(3))


def k_player_piano_network_scan(r):
    return ("Nmap scan report for player-showroom2.lan (10.20.4.%d)\nMAC Address: %s (Raspberry Pi Trading)\nNmap scan report for enspire.lan (10.20.4.%d)\nMAC Address: %s (Yamaha)\n"
            % (r.randint(20, 200), mac(r, "B8:27:EB"), r.randint(20, 200), mac(r, "00:A0:DE")))


def k_bluetooth_pairing_log(r):
    return ("[bluetoothctl]# devices\nDevice %s PianoDisc-iQ\nDevice %s CyberTuner-Mic\n[CHG] Device %s Paired: yes\n"
            % (mac(r, "34:85:18"), mac(r, "F0:08:D1"), mac(r, "34:85:18")))


def k_dampp_chaser_service_log(r):
    return ("Piano Life Saver service – unit %s-%05d\nHumidity %d%% RH, pads %s, heater rods OK\nWater warning light: %s\nNext pad change: 2026-%02d\n"
            % (r.choice(["DC", "PLS"]), r.randint(0, 99999), r.randint(38, 55), r.choice(["OK", "replace"]), r.choice(["off", "on"]), r.randint(1, 12)))


def k_hygrometer_mqtt_payloads(r):
    return "".join("workshop/hygro/%s %s\n" % (C.rs(r, C.HEX, 12), json.dumps({"t": round(r.uniform(15, 22), 1), "rh": round(r.uniform(35, 60), 1), "bat": r.randint(60, 100)})) for _ in range(3))


CLASSES = [
    ("piano_serial_and_action_numbers", "k_piano_inventory_csv", "k_dealer_warranty_registration", "piano serial numbers, action numbers, stock numbers, warranty refs"),
    ("pipe_organ_opus_and_survey_refs", "k_organ_opus_list_markdown", "k_npor_survey_record", "organ-builder opus numbers, NPOR-style survey ids, grid refs, blower serials"),
    ("ismn_and_isbn_sheet_music_codes", "k_sheet_music_order_lines", "k_library_catalogue_marc_excerpt", "ISMN (979-0) and ISBN-13 codes with real check digits, publisher plate numbers"),
    ("iswc_and_isrc_recording_codes", "k_recital_programme_rights_sheet", "k_streaming_distributor_csv", "ISWC work codes with real check digits, ISRC codes, UPC-A codes with real check digits"),
    ("iban_bic_payment_details", "k_workshop_invoice_bank_footer", "k_supplier_sepa_export", "GB and DE IBANs with real MOD 97 check digits, BICs, sort codes, company numbers"),
    ("tuning_curve_cents_exports", "k_tuning_file_cents_table", "k_inharmonicity_measurement_log", "tuning-curve cent tables, inharmonicity constants, partial frequencies, beat rates"),
    ("midi_sysex_and_firmware_hex_dumps", "k_sysex_bulk_dump_hex", "k_player_system_firmware_log", "Roland DT1 SysEx dumps with real checksums, firmware build hashes and CRCs"),
    ("publishable_client_side_keys", "k_booking_widget_html_head", "k_mobile_app_public_config", "Stripe pk_live, reCAPTCHA site key, Mapbox pk., Square application id, PayPal client id, Sentry DSN, PostHog phc_ (public by design)"),
    ("setup_guide_placeholder_values", "k_env_template_file", "k_install_docs_snippet", ".env templates and setup docs with the real everyday key names and placeholder values (incl. the RFC 6238 example seed)"),
    ("redacted_and_elided_credentials", "k_support_log_redacted", "k_ci_output_masked", "stars, [REDACTED], [MASKED], *** and last-four displays"),
    ("secret_manager_pointer_strings", "k_ci_env_secret_references", "k_aws_secrets_manager_arn_config", "${{ secrets.* }}, op://, vault:, Key Vault, Secrets Manager ARNs, {{resolve:…}}, GCP secret paths"),
    ("bcrypt_and_argon2_hash_strings", "k_user_table_dump", "k_htpasswd_bcrypt_file", "bcrypt $2b$/$2y$ and argon2id PHC strings (random in frame)"),
    ("ssh_public_keys_and_known_hosts", "k_authorized_keys_listing", "k_known_hosts_excerpt", "ssh-ed25519 public keys (real wire-format blobs), hashed known_hosts entries"),
    ("pgp_messages_and_rails_encrypted_blobs", "k_pgp_armored_message", "k_rails_credentials_enc_file", "armored PGP messages with real CRC-24 lines, Rails credentials.yml.enc ciphertext--iv--tag"),
    ("package_lock_integrity_hashes", "k_npm_lockfile_excerpt", "k_pip_requirements_hashes", "npm sha512 integrity strings and pip --hash=sha256 pins (real digests of random bytes)"),
    ("tls_certificate_fingerprints_and_pins", "k_openssl_x509_text_excerpt", "k_hpkp_pin_config", "certificate serials, SHA-256 fingerprints, pin-sha256 public-key hashes"),
    ("tuning_job_and_invoice_refs", "k_job_sheet_email", "k_accounting_export_csv", "UUIDv4 job ids, ULID visit refs, invoice and customer numbers"),
    ("password_hygiene_prose_for_tuners", "k_guild_newsletter_security_tips", "k_workshop_onboarding_doc", "newsletter and onboarding prose about passwords, none given"),
    ("device_mac_and_bluetooth_ids", "k_player_piano_network_scan", "k_bluetooth_pairing_log", "MAC addresses of player systems, Bluetooth device addresses"),
    ("piano_humidity_system_telemetry", "k_dampp_chaser_service_log", "k_hygrometer_mqtt_payloads", "humidity-control service logs, hygrometer MQTT payloads with hex device ids"),
]

WRAPPERS = [
    ("", "{t}"),
    ("__in_tuner_whatsapp_group", "[15/10/2025, 19:02:11] Priya: is this safe to share? nothing private in it I think\n{t}[15/10/2025, 19:04:30] Tom Ashdown: yes that's all public / no secrets in there"),
    ("__in_workshop_helpdesk_ticket", "Ticket #%d – pasted output\n---\n{t}---\nAgent note: checked, contains no credentials."),
    ("__in_organ_builder_email_chain", "Hi Gwen,\n\nbelow is what the system shows – no logins included, so fine to forward.\n\n{t}\nBest, Martin"),
    ("__in_piano_forum_thread", "Re: is this normal? (Piano World forum)\n> quote from OP:\n{t}Reply: yes, that's just the standard output, nothing secret."),
]


def build(registry):
    rng = random.Random(C.SEEDS["negatives"])
    g = globals()
    out = []
    for cname, k1, k2, _ in CLASSES:
        for kfn in (k1, k2):
            for wsuf, wtpl in WRAPPERS:
                for _ in range(200):
                    body = g[kfn](rng)
                    text = wtpl.replace("%d", str(rng.randint(1000, 9999))).replace("{t}", body)
                    if ok_negative(text, registry):
                        break
                else:
                    raise RuntimeError("cannot draw negative " + kfn)
                out.append((cname, kfn[2:] + wsuf, text))
    return out


def ok_negative(text, registry):
    if C.WORLD_PW_IN_TEXT.search(text):
        return False
    for s in registry.items:
        if len(s) >= 6 and s in text:
            return False
    for u in C.UUID_RE.findall(text):
        if u[14] != "4" or u[19].lower() not in "89ab":
            return False
    return True
