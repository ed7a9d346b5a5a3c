"""Hard negatives of this world: no secret, but things that look like one."""
import hashlib
import random

from common213 import (ALNUM, HEX, UHEX, DIGITS, UPPER, LOWER, LOWALNUM, B64URL, rs, rbytes, uuid4, b64u, b64s,
                       bech32_encode, gtin_check, nmea_checksum, vin_check, VIN_MAP)

SEED = 21306

WRAPPERS = [
    ("", None),
    ("__in_crew_whatsapp_message", "[14/06/2024, 20:41:12] Cerys: pasting this for reference, nothing secret in it\n"),
    ("__in_station_gitea_issue", "#%d opened by volunteer-it\n\nContext for the fix below (safe to share):\n\n"),
    ("__in_coastguard_email_thread", "From: Station IT <it@station.example>\nSubject: RE: for the records\n\nSee below.\n\n"),
    ("__in_mrt_forum_post", "Posted in Team Tech > Kit & Systems\nSharing our setup in case it helps another team:\n\n"),
]

STN = ["Porthcove", "Fellhead", "Dunmore", "Kinloch Bay", "Saltness", "St Brides"]
AIS6 = "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw"
W3W = ["index", "home", "raft", "crisp", "lamp", "otter", "slate", "mossy", "ferry", "gully", "beacon", "quilt",
       "tamed", "rivet", "gravel", "lofty", "pebble", "tundra", "sable", "cobble"]


def mmsi(rng):
    return rng.choice(["232", "233", "234", "235"]) + rs(rng, DIGITS, 6)


def k_fleet_csv(rng):
    rows = ["ON,Op No,Name,Class,MMSI,Call sign"]
    for _ in range(4):
        rows.append("ON %d,%d-%02d,%s,%s,%s,%s" % (rng.randint(1100, 1350), rng.choice([13, 14, 16, 17]),
                    rng.randint(1, 60), rng.choice(["Spirit of Fell", "Sea Otter", "Maid of Dunmore", "Saltness Star"]),
                    rng.choice(["Shannon", "Tamar", "Severn", "Atlantic 85"]), mmsi(rng), "M" + rs(rng, UPPER, 4)))
    return "\n".join(rows) + "\n"


def k_ais_cfg(rng):
    return ("AIS transponder set-up (station boat):\nMMSI %s\nCall sign 2%s%d\nVessel type 51 (SAR)\nLength 13 m\n"
            % (mmsi(rng), rs(rng, UPPER, 3), rng.randint(1, 9)))


def uin(rng):
    return rs(rng, "ABCDEF0123456789", 15)


def k_plb_reg(rng):
    return ("UK Beacon Registry - PLB registration\nBeacon 15-hex ID (UIN): %s\nManufacturer serial: %s-%s\n"
            "Owner: %s MRT kit store\n" % (uin(rng), rs(rng, UPPER, 2), rs(rng, DIGITS, 6), rng.choice(STN)))


def k_beacon_log(rng):
    return "".join("%s  self-test PASS  UIN %s  batt OK\n" % ("2024-06-%02d" % rng.randint(1, 28), uin(rng))
                   for _ in range(3))


def nmea(rng):
    t = "%02d%02d%02d.00" % (rng.randrange(24), rng.randrange(60), rng.randrange(60))
    lat = "%02d%07.4f" % (rng.randint(50, 58), rng.uniform(0, 59.99))
    lon = "%03d%07.4f" % (rng.randint(0, 6), rng.uniform(0, 59.99))
    body = "GPGGA,%s,%s,N,%s,W,1,%02d,0.9,%.1f,M,49.%d,M,," % (t, lat, lon, rng.randint(5, 12),
                                                              rng.uniform(2, 900), rng.randint(0, 9))
    rmc = "GPRMC,%s,A,%s,N,%s,W,%.1f,%.1f,%02d%02d24,,,A" % (t, lat, lon, rng.uniform(0, 25), rng.uniform(0, 359),
                                                            rng.randint(1, 28), rng.randint(1, 12))
    return ["$%s*%s" % (b, nmea_checksum(b)) for b in (body, rmc)]


def k_gps_capture(rng):
    return "$ cat /dev/ttyUSB0\n" + "\n".join(nmea(rng) + nmea(rng)) + "\n"


def k_tracker_dump(rng):
    return "tracker %s debug: last fixes\n" % rs(rng, UPPER, 2) + "\n".join(nmea(rng)) + "\n"


def aivdm(rng):
    body = "AIVDM,1,1,,%s,%s,0" % (rng.choice("AB"), "".join(rng.choice(AIS6) for _ in range(28)))
    return "!%s*%s" % (body, nmea_checksum(body))


def k_ais_log(rng):
    return "".join("%d.%03d %s\n" % (1718000000 + rng.randrange(10 ** 5), rng.randrange(1000), aivdm(rng))
                   for _ in range(4))


def k_ais_bug(rng):
    return ("Decoder drops this sentence, any idea why?\n\n    %s\n\nChecksum looks right to me.\n" % aivdm(rng))


def k_incident_sheet(rng):
    return ("Incident summary\nHMCG ref: %s-%06d\nPolice CAD: %d %02d/06\nAmbulance ref: NW%08d\nTasked: %s ILB, %s MRT\n"
            % (rng.choice(["HUMBER", "FALMOUTH", "STORNOWAY", "HOLYHEAD"]), rng.randrange(10 ** 6), rng.randint(100, 9999),
               rng.randint(1, 28), rng.randrange(10 ** 8), rng.choice(STN), rng.choice(STN)))


def k_cad_sms(rng):
    return ("SHOUT %s MRT: CAD %d - fallen walker, grid to follow. Incident no %d/%02d. Reply Y/N.\n"
            % (rng.choice(STN), rng.randint(1000, 9999), rng.randint(1, 400), rng.randint(23, 25)))


def gridref(rng):
    return "%s %05d %05d" % (rng.choice(["NY", "SD", "SH", "NN", "NG", "SW"]), rng.randrange(10 ** 5), rng.randrange(10 ** 5))


def w3w(rng):
    return "///" + ".".join(rng.sample(W3W, 3))


def k_search_brief(rng):
    return ("Search area A: from %s to %s\nRV point: %s (%s)\nDog team to sector 3.\n"
            % (gridref(rng), gridref(rng), gridref(rng), w3w(rng)))


def k_casualty_loc(rng):
    return "Casualty located at %s, what3words %s, conscious, ankle.\n" % (gridref(rng), w3w(rng))


def vin(rng):
    chars = [c for c in VIN_MAP if c not in "IOQ"]
    v = list("SAL" + "".join(rng.choice(chars) for _ in range(14)))
    v[8] = vin_check("".join(v))
    return "".join(v)


def k_fleet_register(rng):
    return ("Reg,Vehicle,VIN,MOT due\n" + "".join("%s%d %s,%s,%s,2025-%02d-01\n" % (rs(rng, UPPER, 2), rng.randint(10, 74),
            rs(rng, UPPER, 3), rng.choice(["Land Rover 130", "Ford Ranger", "Mercedes Sprinter"]), vin(rng), rng.randint(1, 12))
            for _ in range(3)))


def k_mot_email(rng):
    return ("MOT reminder: vehicle with VIN %s is due its MOT next month. Book with the usual garage.\n" % vin(rng))


def k_harness(rng):
    return ("Harness inspection record\nModel: Petzl Navaho Bod\nSerial: %s%s%s\nBatch: %s\nStandard: EN 361 / EN 813\n"
            "Result: PASS (webbing, stitching, buckles)\n" % (rs(rng, DIGITS, 2), rs(rng, UPPER, 1), rs(rng, DIGITS, 7),
                                                             rs(rng, DIGITS, 5) + rs(rng, UPPER, 2)))


def k_helmet_recall(rng):
    return ("RECALL NOTICE: helmets with serials %s to %s (lot %s) must be withdrawn. EN 12492.\n"
            % ("HM" + rs(rng, DIGITS, 8), "HM" + rs(rng, DIGITS, 8), rs(rng, UPALNUM_, 6)))


UPALNUM_ = UPPER + DIGITS


def gtin(rng):
    d = "50" + rs(rng, DIGITS, 10)
    return d + gtin_check(d)


def k_shop_csv(rng):
    return "sku,name,gtin,price\n" + "".join("%s,%s,%s,%.2f\n" % ("SH-" + rs(rng, DIGITS, 4), rng.choice(
        ["Lifeboat mug", "Tea towel", "Keyring", "Pin badge", "Calendar 2025"]), gtin(rng), rng.uniform(2, 15))
        for _ in range(4))


def k_till_receipt(rng):
    return ("STATION SHOP\n%s  Lifeboat mug  8.50\n%s  Pin badge  3.00\nTOTAL 11.50  CARD ****%s\nThank you for supporting the crew!\n"
            % (gtin(rng), gtin(rng), rs(rng, DIGITS, 4)))


def k_firebase_web(rng):
    return ("// public web config (shipped to browsers)\nconst firebaseConfig = {\n  apiKey: \"AIza%s\",\n"
            "  authDomain: \"crewboard-%s.firebaseapp.com\",\n  projectId: \"crewboard-%s\",\n  appId: \"1:%s:web:%s\"\n};\n"
            % (rs(rng, B64URL, 35), rs(rng, LOWALNUM, 5), rs(rng, LOWALNUM, 5), rs(rng, DIGITS, 12), rs(rng, HEX, 22)))


def k_donate_embed(rng):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<div id=\"donate\" data-stripe-key=\"pk_live_51%s\"\n"
            "     data-onesignal-app=\"%s\"\n     data-sentry-dsn=\"https://%s@o%d.ingest.sentry.io/%d\"></div>\n"
            % (rs(rng, ALNUM, 97), uuid4(rng), rs(rng, HEX, 32), rng.randrange(10 ** 5, 10 ** 6), rng.randrange(10 ** 6, 10 ** 7)))


def k_wg_public(rng):
    return ("[Peer]\n# radio mast %s\nPublicKey = %s\nAllowedIPs = 10.44.%d.0/24\nEndpoint = mast%d.station.example:51820\n"
            % (rng.choice(STN), b64s(rbytes(rng, 32)), rng.randint(1, 250), rng.randint(1, 9)))


def k_age_recipients(rng):
    return ("# recipients.txt - casualty export is encrypted to these PUBLIC keys\n" +
            "".join("%s  # %s\n" % (bech32_encode("age", rbytes(rng, 32)), rng.choice(["duty officer", "LOM", "DLA", "team leader"]))
                    for _ in range(3)))


def k_env_example(rng):
    return ("# .env.example - copy to .env and fill in\nCALLOUT_API_KEY=cog_<26 characters from the gateway console>\n"
            "TRACKER_INGEST_TOKEN=rgt_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_00000000\nCREW_BOARD_PASSWORD=\nCASUALTY_LOG_AGE_IDENTITY=${AGE_IDENTITY:?set me}\n"
            "MUTUAL_AID_JWT=eyJ...paste-your-token...\n")


def k_runbook(rng):
    return ("## Setting up the tracker\n1. Ask the LOM for the ingest token (starts with `rgt_`).\n"
            "2. Put it in `/etc/tracker.env` as `TRACKER_INGEST_TOKEN=<token>`.\n3. The WireGuard key goes in as `PrivateKey = <generated on the device>`.\n"
            "Never paste real values into this page.\n")


def k_journal_masked(rng):
    return "".join("Jun %02d 19:%02d:%02d callout[%d]: sent page via gateway key cog_****%s (redacted)\n"
                   % (rng.randint(1, 28), rng.randrange(60), rng.randrange(60), rng.randint(300, 9000), rs(rng, UPPER, 2))
                   for _ in range(2)) + "Jun 12 19:04:10 callout[812]: auth header: [REDACTED]\n"


def k_ci_masked(rng):
    return ("$ ./deploy.sh\nUsing TRACKER_INGEST_TOKEN=********\nUsing CREW_BOARD_PASSWORD=[MASKED]\nwireguard PrivateKey: •••••••• (hidden)\nDeploy OK\n")


def sops_val(rng, n):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64s(rbytes(rng, n)), b64s(rbytes(rng, 32)), b64s(rbytes(rng, 16)))


def k_sops_yaml(rng):
    return ("callout_api_key: %s\ncrew_board_password: %s\nsops:\n    lastmodified: \"2024-06-10T18:22:31Z\"\n    version: 3.8.1\n"
            % (sops_val(rng, 31), sops_val(rng, 15)))


def k_sops_env(rng):
    return "TRACKER_INGEST_TOKEN=%s\nsops_version=3.8.1\n" % sops_val(rng, 41)


def k_secretkeyref(rng):
    return ("        env:\n          - name: CALLOUT_API_KEY\n            valueFrom:\n              secretKeyRef:\n"
            "                name: callout-secrets\n                key: callout-api-key\n")


def k_doppler_wrapper(rng):
    return ("#!/bin/sh\n# secrets come from Doppler at runtime, nothing stored here\nexec doppler run --project callout --config prd -- "
            "node server.js\n# azure ref: azurekeyvault://kv-station-ops/crew-board-password\n")


def sha512crypt(rng):
    alpha = "./" + DIGITS + UPPER + LOWER
    return "$6$%s$%s" % (rs(rng, alpha, 16), rs(rng, alpha, 86))


def django_pbkdf2(rng):
    return "pbkdf2_sha256$600000$%s$%s" % (rs(rng, ALNUM, 22), b64s(rbytes(rng, 32)))


def k_accounts_dump(rng):
    return ("COPY crew_accounts (id, username, password_hash) FROM stdin;\n" +
            "".join("%d\t%s\t%s\n" % (i, rng.choice(["coxn", "dla", "helm2", "kitofficer", "shop"]) + str(i), django_pbkdf2(rng))
                    for i in range(1, 3)) + "\\.\n")


def k_shadow(rng):
    return "".join("%s:%s:19876:0:99999:7:::\n" % (u, sha512crypt(rng)) for u in ("radioops", "tracker"))


def k_policy_page(rng):
    return ("Station IT policy\n- Never share a password over the radio or in the crew WhatsApp.\n- Use the password manager; "
            "the LOM can grant access.\n- If you think a password has leaked, tell the DLA and we will rotate it.\n")


def k_induction_email(rng):
    return ("Welcome to the crew! You'll get your crew-board login on your first training night. Pick a passphrase of four "
            "random words; don't reuse your email password.\n")


def k_changelog(rng):
    return "".join("- %s %s\n" % (hashlib.sha1(rbytes(rng, 40)).hexdigest(), rng.choice(
        ["fix pager retry", "add boat check photos", "bump deps", "tidy casualty export"])) for _ in range(3))


def k_sri(rng):
    return ('<script src="https://cdn.example/leaflet.js"\n        integrity="sha384-%s"\n        crossorigin="anonymous"></script>\n'
            % b64s(hashlib.sha384(rbytes(rng, 64)).digest()))


def k_codeplug(rng):
    return "No,Name,RX,TX,Colour,TG,DMR ID,CTCSS\n" + "".join("%d,%s,%.4f,%.4f,%d,%d,%d,%.1f\n" % (
        i, rng.choice(["MRT OPS", "MRT 2", "SAR 1", "LINK"]), rng.uniform(440, 450), rng.uniform(440, 450), rng.randint(1, 15),
        rng.choice([235, 2350, 23526, 9]), rng.randint(2340000, 2359999), rng.choice([67.0, 71.9, 77.0, 88.5, 94.8]))
        for i in range(1, 4))


def k_repeater(rng):
    return ("Repeater GB3%s: output %.4f MHz, shift -9.4 MHz, CTCSS %.1f Hz, DMR colour code %d, TS2 TG %d.\n"
            % (rs(rng, UPPER, 2), rng.uniform(439, 440), rng.choice([77.0, 94.8, 103.5]), rng.randint(1, 15), rng.randint(2350, 2359)))


def k_jwks(rng):
    return ('{"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"%s","n":"%s","e":"AQAB"}]}\n'
            % (rs(rng, HEX, 16), b64u(rbytes(rng, 256))))


def k_openid(rng):
    return ('{\n  "issuer": "https://id.station.example",\n  "jwks_uri": "https://id.station.example/.well-known/jwks.json",\n'
            '  "id_token_signing_alg_values_supported": ["RS256"],\n  "x5t#S256": "%s"\n}\n' % b64u(hashlib.sha256(rbytes(rng, 64)).digest()))


CLASSES = [
    ("lifeboat_on_numbers_and_mmsi", "official numbers, operational numbers, MMSIs and call signs",
     [("lifeboat_fleet_list_csv", k_fleet_csv), ("ais_transponder_setup_note", k_ais_cfg)]),
    ("beacon_hex_ids_and_uins", "15-hex beacon UINs and manufacturer serials",
     [("plb_registration_form", k_plb_reg), ("beacon_self_test_log", k_beacon_log)]),
    ("nmea_sentences_with_checksums", "GGA / RMC sentences with real NMEA XOR checksums",
     [("gps_serial_capture", k_gps_capture), ("tracker_debug_dump", k_tracker_dump)]),
    ("ais_aivdm_armored_payloads", "`!AIVDM` sentences: random six-bit armoured payloads with real checksums",
     [("ais_receiver_log", k_ais_log), ("ais_decoder_bug_report", k_ais_bug)]),
    ("incident_and_cad_reference_numbers", "coastguard, police CAD and ambulance incident references",
     [("incident_summary_sheet", k_incident_sheet), ("cad_callout_sms", k_cad_sms)]),
    ("os_grid_refs_and_what3words", "OS grid references and what3words addresses",
     [("search_area_briefing", k_search_brief), ("casualty_location_message", k_casualty_loc)]),
    ("vehicle_vins_with_check_digit", "17-character VINs with a real ISO 3779 position-9 check digit, number plates",
     [("team_vehicle_register_csv", k_fleet_register), ("mot_reminder_email", k_mot_email)]),
    ("ppe_serial_and_batch_codes", "harness and helmet serials, batch codes, EN standards",
     [("harness_inspection_record", k_harness), ("helmet_recall_notice", k_helmet_recall)]),
    ("station_shop_gtin13_barcodes", "GTIN-13 barcodes with real check digits, SKUs, card last four",
     [("shop_stock_csv", k_shop_csv), ("till_receipt_text", k_till_receipt)]),
    ("public_client_keys_in_crew_apps", "Firebase web `AIza` key, Stripe `pk_live_`, OneSignal app id, Sentry DSN public key",
     [("firebase_web_config_js", k_firebase_web), ("donate_widget_embed_html", k_donate_embed)]),
    ("age_recipients_and_wireguard_public_keys", "age `age1…` recipients (real Bech32) and WireGuard peer public keys",
     [("wireguard_peer_public_section", k_wg_public), ("age_recipients_file", k_age_recipients)]),
    ("runbook_template_values", "`cog_<…>`, `rgt_xxxx…_00000000`, empty, `${…:?…}`, `eyJ...paste-your-token...`, `<token>`",
     [("dotenv_example_file", k_env_example), ("tracker_runbook_markdown", k_runbook)]),
    ("redacted_values_in_callout_logs", "`cog_****` + 2, `[REDACTED]`, `********`, `[MASKED]`, bullets",
     [("callout_gateway_journal", k_journal_masked), ("deploy_job_masked_output", k_ci_masked)]),
    ("sops_encrypted_values", "SOPS `ENC[AES256_GCM,data:…,iv:…,tag:…]` values (random bytes in frame)",
     [("sops_yaml_file", k_sops_yaml), ("sops_dotenv_file", k_sops_env)]),
    ("kubernetes_and_doppler_secret_refs", "`secretKeyRef`, `doppler run`, `azurekeyvault://` pointers",
     [("deployment_secretkeyref_yaml", k_secretkeyref), ("doppler_run_wrapper_script", k_doppler_wrapper)]),
    ("sha512crypt_and_django_pbkdf2_hashes", "`$6$` sha512-crypt and `pbkdf2_sha256$` Django hashes (random in frame; the column says password_hash)",
     [("crew_accounts_table_dump", k_accounts_dump), ("etc_shadow_lines", k_shadow)]),
    ("crew_handbook_password_guidance", "policy and induction prose about passwords with no password in it",
     [("station_it_policy_page", k_policy_page), ("new_crew_induction_email", k_induction_email)]),
    ("git_commit_and_sri_digests", "commit ids (real SHA-1 of random bytes) and `sha384-` subresource-integrity digests",
     [("release_changelog_lines", k_changelog), ("cdn_script_tag_html", k_sri)]),
    ("dmr_radio_ids_and_ctcss_tones", "DMR ids, talkgroups, colour codes, CTCSS tones, frequencies",
     [("radio_codeplug_csv", k_codeplug), ("repeater_info_page", k_repeater)]),
    ("oidc_jwks_public_keys", "RSA public moduli in JWKS, `x5t#S256` thumbprints",
     [("jwks_json_document", k_jwks), ("openid_configuration_excerpt", k_openid)]),
]


def generate(reg, forbidden):
    """forbidden: strings (6+ chars) that must not appear in any negative."""
    rng = random.Random(SEED)
    recs = []
    seen = set()
    for cname, _, kinds in CLASSES:
        for kname, fn in kinds:
            for wsuffix, wtext in WRAPPERS:
                for _ in range(200):
                    body = fn(rng)
                    if wtext is None:
                        text = body
                    else:
                        text = (wtext % rng.randint(10, 400) if "%d" in wtext else wtext) + body
                    if text in seen or any(f in text for f in forbidden):
                        continue
                    break
                else:
                    raise RuntimeError("negative redraw failed")
                seen.add(text)
                recs.append({"class": cname, "container": kname + wsuffix, "text": text, "source": "negative"})
    return recs
