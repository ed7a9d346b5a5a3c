"""Hard negatives of the ferry / water-taxi / harbour-pilot world: no secret in any text."""
import base64
import hashlib
import json
import random
import zlib

from common204 import (B62, B64URL, HEX, UPPER_ALNUM, b64, b64u, luhn_digit, rbytes, rs, uuid4)

SEED = 20406
DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
VESSELS = ["MV Loch Frisa", "MV Isle of Cumbrae", "MV Hebridean Isles", "MV Red Falcon", "MV Pentalina",
           "MV Lord of the Isles", "Water Taxi Kittiwake", "Pilot Launch Sula", "MV Wight Sky", "MV Hamnavoe"]
PORTS = [("GBOBA", "Oban"), ("GBCRA", "Craignure"), ("GBARD", "Ardrossan"), ("GBBRO", "Brodick"), ("GBLYM", "Lymington"),
         ("GBYAR", "Yarmouth IoW"), ("GBSTR", "Stromness"), ("GBSCR", "Scrabster"), ("GBCOW", "Cowes"), ("GBSOU", "Southampton")]
WRAPPERS = [None, "in_deck_crew_signal_thread", "in_ferry_dev_forgejo_review", "in_harbourmaster_email", "in_ops_runbook_wiki"]


def imo(r):
    d = [r.choice([8, 9])] + [r.randint(0, 9) for _ in range(5)]
    chk = sum(x * (7 - i) for i, x in enumerate(d)) % 10
    return "".join(map(str, d)) + str(chk)


def imo_ok(s):
    d = [int(c) for c in s]
    return sum(x * (7 - i) for i, x in enumerate(d[:6])) % 10 == d[6]


def iso6346(r):
    owner = rs(r, UP, 3) + r.choice("UJZ")
    serial = rs(r, DIG, 6)
    return owner + serial + iso6346_check(owner + serial)


def iso6346_check(s):
    vals = {}
    v = 10
    for ch in UP:
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    tot = sum((int(ch) if ch.isdigit() else vals[ch]) * (2 ** i) for i, ch in enumerate(s))
    return str(tot % 11 % 10)


def nmea_cs(body):
    c = 0
    for ch in body:
        c ^= ord(ch)
    return "%02X" % c


AIS_ARMOR = "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw"


def aivdm(r):
    body = "AIVDM,1,1,,%s,%s,0" % (r.choice("AB"), "1" + rs(r, AIS_ARMOR, 27))
    return "!" + body + "*" + nmea_cs(body)


def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def wrap64(s, n=64):
    return "\n".join(s[i:i + n] for i in range(0, len(s), n))


# ------------------------------------------------------------------ classes: (class, [(base kind, fn), (base kind, fn)])
def c_imo_1(r):
    rows = ["vessel,imo,mmsi,call_sign,gt"]
    for _ in range(3):
        rows.append("%s,IMO %s,%s,%s,%d" % (r.choice(VESSELS), imo(r), "232" + rs(r, DIG, 6), "M" + rs(r, UP, 3) + rs(r, DIG, 1), r.randint(400, 9000)))
    return "\n".join(rows) + "\n"


def c_imo_2(r):
    return ("VESSEL PARTICULARS\nName: %s\nIMO number: %s\nMMSI: %s\nCall sign: %s\nPort of registry: Glasgow\nLOA: %d.%d m\n"
            % (r.choice(VESSELS), imo(r), "235" + rs(r, DIG, 6), "2" + rs(r, UP, 3) + rs(r, DIG, 1), r.randint(40, 120), r.randint(0, 9)))


def c_ais_1(r):
    return "\n".join("%s %s" % ("2026-03-14T07:%02d:%02dZ" % (r.randint(0, 59), r.randint(0, 59)), aivdm(r)) for _ in range(4)) + "\n"


def c_ais_2(r):
    s = aivdm(r)
    return ("decoding %s\n  msg_type=1 repeat=0 mmsi=%s status=under_way_using_engine\n  sog=%d.%d cog=%d.%d lat=56.%s lon=-5.%s\n"
            % (s, "232" + rs(r, DIG, 6), r.randint(5, 15), r.randint(0, 9), r.randint(0, 359), r.randint(0, 9), rs(r, DIG, 4), rs(r, DIG, 4)))


def ticket_no(r):
    body = "7" + rs(r, DIG, 11)
    return body + luhn_digit(body)


def c_book_1(r):
    code, name = r.choice(PORTS)
    return ("Your crossing is booked.\nBooking reference: ILF-%s\nSailing: %s 07:15, %s\nVehicle: car up to 5 m, 2 adults\nTicket numbers: %s, %s\nPlease arrive 30 minutes before departure.\n"
            % (rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6), name, "14 Mar 2026", ticket_no(r), ticket_no(r)))


def c_book_2(r):
    return "\n".join("07:%02d gate=LS2 ticket=%s result=%s" % (r.randint(0, 59), ticket_no(r), r.choice(["OK", "OK", "ALREADY_USED"])) for _ in range(4)) + "\n"


def c_iso_1(r):
    rows = ["unit_no,type,weight_kg,hazmat,lane"]
    for _ in range(4):
        rows.append("%s,%s,%d,%s,%d" % (iso6346(r), r.choice(["45G1", "22G1", "L5G1"]), r.randint(4000, 28000), r.choice(["N", "N", "Y"]), r.randint(1, 8)))
    return "\n".join(rows) + "\n"


def c_iso_2(r):
    return ("Ro-ro freight booking note: unaccompanied trailer %s plus container %s on the 05:30 freight sailing; driver collects at the far side. Seal no. %s.\n"
            % (iso6346(r), iso6346(r), rs(r, DIG, 7)))


def plate(r):
    return rs(r, UP, 2) + rs(r, DIG, 2) + " " + rs(r, UP, 3)


def c_plate_1(r):
    lanes = [{"lane": i, "length_m": round(r.uniform(40, 62), 1), "vehicles": [plate(r) for _ in range(2)]} for i in range(1, 3)]
    return json.dumps({"sailing": "OBA-CRA-0715", "deck": "main", "lanes": lanes}, ensure_ascii=False, indent=1) + "\n"


def c_plate_2(r):
    return "CHECK-IN LANE 4\n%s  %s  %s\nHEIGHT > 1.85M -> LANE 7\nMOTORCYCLES FRONT LEFT\n" % (plate(r), plate(r), plate(r))


def c_locode_1(r):
    (c1, n1), (c2, n2) = r.sample(PORTS, 2)
    return ("<PortCallNotice>\n  <PortCallRef>PC-2026-%s</PortCallRef>\n  <LastPort>%s</LastPort>\n  <NextPort>%s</NextPort>\n  <IMO>%s</IMO>\n  <ETA>2026-03-14T09:30:00Z</ETA>\n</PortCallNotice>\n"
            % (rs(r, DIG, 6), c1, c2, imo(r)))


def c_locode_2(r):
    c1, n1 = r.choice(PORTS)
    return ("HARBOUR DUES INVOICE %s\nPort: %s (%s)\nPort call: PC-2026-%s\nGT band 1000-2999, 62 calls x GBP %d.%02d\nVAT reg: GB %s %s %s\n"
            % (rs(r, DIG, 8), n1, c1, rs(r, DIG, 6), r.randint(80, 300), r.randint(0, 99), rs(r, DIG, 3), rs(r, DIG, 4), rs(r, DIG, 2)))


def c_cert_1(r):
    rows = ["name,rank,coc_no,stcw_basic_safety,eng1_expiry,discharge_book"]
    for nm in r.sample(["A. MacLeod", "S. Morrison", "J. Campbell", "K. Fraser", "R. MacKinnon"], 3):
        rows.append("%s,%s,COC-%s,STCW-%s,2027-%02d-%02d,R%s" % (nm, r.choice(["Master", "Mate", "Bosun", "AB"]), rs(r, DIG, 6), rs(r, DIG, 7), r.randint(1, 12), r.randint(1, 28), rs(r, DIG, 6)))
    return "\n".join(rows) + "\n"


def c_cert_2(r):
    return ("DRILL RECORD  %s\nDate: 2026-03-%02d  Type: man overboard  Duration: %d min\nParticipants: 11 (cert refs STCW-%s, STCW-%s checked)\nRescue boat launched, recovered at 14:%02d\n"
            % (r.choice(VESSELS), r.randint(1, 28), r.randint(12, 40), rs(r, DIG, 7), rs(r, DIG, 7), r.randint(0, 59)))


def resident_card(r):
    body = "6337" + rs(r, DIG, 11)
    return body + luhn_digit(body)


def c_res_1(r):
    rows = ["card_number,island,valid_to,discount"]
    for _ in range(3):
        rows.append("%s,%s,2027-03-31,%d%%" % (resident_card(r), r.choice(["Mull", "Arran", "Cumbrae", "Hoy", "Wight"]), r.choice([30, 40, 50])))
    return "\n".join(rows) + "\n"


def c_res_2(r):
    return ("Dear resident,\nYour island resident card %s expires on 31 March. Renew online with the card number and your postcode; your season pass SP-%s will carry over automatically.\n"
            % (resident_card(r), rs(r, DIG, 8)))


def mapbox_pk(r):
    mid = b64u(json.dumps({"u": "islandlink", "a": "c" + rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 24)}, separators=(",", ":")).encode())
    return "pk." + mid + "." + rs(r, B64URL, 22)


def c_pub_1(r):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<div id=\"book\" data-stripe-key=\"pk_live_51%s\"\n     data-recaptcha-sitekey=\"6L%s\"\n     data-turnstile-sitekey=\"0x4AAAAAAA%s\"></div>\n"
            % (rs(r, B62, 97), rs(r, B64URL, 38), rs(r, B64URL, 12)))


def c_pub_2(r):
    return json.dumps({"public": {"mapboxToken": mapbox_pk(r), "algoliaAppId": rs(r, UPPER_ALNUM, 10),
                                  "algoliaSearchOnlyKey": rs(r, HEX, 32), "posthogKey": "phc_" + rs(r, B62, 43)}}, indent=1) + "\n"


def c_ph_1(r):
    return ("## Configuration\n\nSet these before starting the sailings sync:\n\n```\nRESIDENT_CARD_TOKEN=rsc_<your token>\nSEASON_PASS_SIGNING_SECRET=spq_XXXXXXXXXXXXXXXXXXXX\nTIDE_WINDOW_API_KEY=TDW-XXXXX-XXXXX-XXXXX-XXXXX-X\nSTRIPE_SECRET_KEY=sk_live_...\n```\nNever commit real values; see the vault page (%s).\n"
            % rs(r, DIG, 4))


def c_ph_2(r):
    return ("# .env.sample  (copy to .env)\nPORT_RETURNS_WEBHOOK_SECRET=\nDECK_BOOKING_DB_PASSWORD=${DECK_BOOKING_DB_PASSWORD:?set me}\nVESSEL_WG_PRIVATE_KEY=<base64 key from wg genkey>\nTICKETING_SESSION_JWT=\nMANIFEST_DB_PASSWORD=change-me-%s\n"
            % rs(r, DIG, 2))


def c_mask_1(r):
    return ("07:%02d:11 INFO sync.sailings connecting user=svc_sailings password=********\n07:%02d:12 INFO returns webhook secret=prw_v1_****%s\n07:%02d:12 DEBUG headers={'Authorization': '[FILTERED]'}\n"
            % (r.randint(0, 59), r.randint(0, 59), rs(r, HEX, 4), r.randint(0, 59)))


def c_mask_2(r):
    return ("Run ./deploy.sh\n  env:\n    TIDE_WINDOW_API_KEY: ***\n    RESIDENT_CARD_TOKEN: ***\ndeploying ticketing-api rev %s\nlogin ok (token ••••%s)\n"
            % (rs(r, HEX, 7), rs(r, B62, 4)))


def c_ptr_1(r):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: deckplan-db\nspec:\n  secretStoreRef:\n    name: gcp-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: DECK_BOOKING_DB_PASSWORD\n      remoteRef:\n        key: projects/islandlink-prod-%s/secrets/deckplan-db-password/versions/latest\n"
            % rs(r, DIG, 4))


def c_ptr_2(r):
    return ("env:\n  PORT_RETURNS_WEBHOOK_SECRET: ${{ secrets.PORT_RETURNS_WEBHOOK_SECRET }}\n  TIDE_WINDOW_API_KEY: ${{ secrets.TIDE_WINDOW_API_KEY }}\n  VAULT_PATH: kv/data/ferry/%s/ticketing\n"
            % r.choice(["prod", "staging"]))


def werkzeug_scrypt(r):
    salt = rs(r, B62, 16)
    dk = hashlib.scrypt(rbytes(r, 12), salt=salt.encode(), n=1024, r=8, p=1, dklen=64)
    return "scrypt:1024:8:1$%s$%s" % (salt, dk.hex())


BCRYPT64 = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def c_hash_1(r):
    return ("INSERT INTO staff_users (login, password_hash, role) VALUES\n ('purser', '%s', 'desk'),\n ('berthmaster', '%s', 'admin');\n"
            % (werkzeug_scrypt(r), werkzeug_scrypt(r)))


def c_hash_2(r):
    return "".join("%s:$2y$10$%s\n" % (u, rs(r, BCRYPT64, 53)) for u in r.sample(["editor1", "editor2", "purser", "deckops"], 3))


def c_ct_1(r):
    return "-----BEGIN AGE ENCRYPTED FILE-----\n" + wrap64(b64(rbytes(r, 150))) + "\n-----END AGE ENCRYPTED FILE-----\n"


def c_ct_2(r):
    data = rbytes(r, 120)
    crc = crc24(data)
    return ("Please find the quarterly passenger return attached, encrypted to your published key.\n\n-----BEGIN PGP MESSAGE-----\n\n"
            + wrap64(b64(data)) + "\n=" + b64(crc.to_bytes(3, "big")) + "\n-----END PGP MESSAGE-----\n")


PROSE = [
    "Never write the ticket-office till password on the whiteboard or on a sticky note.",
    "Passwords for the bridge laptop are changed at every crew change and are handed over verbally by the master.",
    "If someone phones claiming to be from the port authority and asks for a login, hang up and call the harbour office back.",
    "Use the password manager on the office PC; do not send passwords by Signal, e-mail or radio.",
    "A good password is a long passphrase of unrelated words; do not reuse the one from your personal e-mail.",
    "Report a lost resident-card reader or a shared login to the duty manager the same day.",
    "Shared accounts on the kiosks are being phased out; every agent gets a personal login this season.",
    "Multi-factor prompts you did not trigger must be rejected and reported.",
    "The vessel Wi-Fi passphrase for passengers is printed on the saloon notice; the crew network uses certificates.",
]


def c_prose_1(r):
    return "Crew induction – section %d: IT and passwords\n%s\n" % (r.randint(4, 9), " ".join(r.sample(PROSE, 3)))


def c_prose_2(r):
    return "Toolbox talk minutes %s, deck crew\n- %s\n- %s\nActions: none.\n" % ("2026-03-%02d" % r.randint(1, 28), *r.sample(PROSE, 2))


def c_chart_1(r):
    rows = []
    for _ in range(4):
        cell = "GB%d%s%s.000" % (r.randint(3, 5), rs(r, UP, 2), rs(r, DIG, 3))
        rows.append("%-14s ed %d upd %d  CRC %08X" % (cell, r.randint(1, 9), r.randint(0, 30), zlib.crc32(rbytes(r, 40))))
    return "ENC update catalogue\n" + "\n".join(rows) + "\n"


def c_chart_2(r):
    return "".join("%s  timetable_%s_2026_%s.pdf\n" % (hashlib.sha256(rbytes(r, 64)).hexdigest(), p, s)
                   for p, s in [(r.choice(PORTS)[1].lower().replace(" ", "_"), "summer"), (r.choice(PORTS)[1].lower().replace(" ", "_"), "winter")])


def c_tide_1(r):
    rows = ["date,time_utc,event,height_m"]
    for i in range(4):
        rows.append("2026-03-%02d,%02d:%02d,%s,%d.%02d" % (14 + i // 2, r.randint(0, 23), r.randint(0, 59), "HW" if i % 2 == 0 else "LW", r.randint(0, 4), r.randint(0, 99)))
    return "\n".join(rows) + "\n"


def c_tide_2(r):
    return "".join("WP%02d  56°%02d.%03d'N  005°%02d.%03d'W  %s\n" % (i, r.randint(20, 40), r.randint(0, 999), r.randint(30, 59), r.randint(0, 999),
                                                                    r.choice(["alter to 270", "pilot boarding point", "reduce to 8 kn", "Sound of Mull"]))
                   for i in range(1, 5))


def c_radio_1(r):
    return ("GMDSS equipment register – %s\nCall sign: M%s%s\nMMSI: 232%s  Group MMSI: 0232%s\nEPIRB hex ID: %s\nSART serial: %s\n"
            % (r.choice(VESSELS), rs(r, UP, 3), rs(r, DIG, 1), rs(r, DIG, 6), rs(r, DIG, 5), "9D" + rs(r, "0123456789ABCDEF", 13), rs(r, DIG, 8)))


def c_radio_2(r):
    return ("406 MHz beacon registration\nBeacon 15-hex ID: %s\nVessel: %s   Call sign: 2%s%s\nEmergency contact: harbour office, Oban\n"
            % ("9D" + rs(r, "0123456789ABCDEF", 13), r.choice(VESSELS), rs(r, UP, 3), rs(r, DIG, 1)))


def c_ids_1(r):
    return json.dumps({"id": "evt_1" + rs(r, B62, 23), "type": "checkout.session.completed",
                       "data": {"object": {"id": "cs_live_a1" + rs(r, B62, 56), "payment_intent": "pi_3" + rs(r, B62, 23),
                                           "customer": "cus_" + rs(r, B62, 14), "metadata": {"booking_ref": "ILF-" + rs(r, UP, 6)}}}}, indent=1) + "\n"


def c_ids_2(r):
    rows = ["refund_id,psp_reference,booking_ref,amount_gbp"]
    for _ in range(3):
        rows.append("re_3%s,%s,ILF-%s,%d.%02d" % (rs(r, B62, 23), rs(r, DIG, 16), rs(r, UP, 6), r.randint(5, 180), r.randint(0, 99)))
    return "\n".join(rows) + "\n"


def c_jwks_1(r):
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(r, B64URL, 16), "n": b64u(b"\xc1" + rbytes(r, 255)), "e": "AQAB"}]
    return json.dumps({"keys": keys}, indent=1) + "\n"


def c_jwks_2(r):
    return ("# OIDC provider config for the crew portal (public values)\nissuer: https://id.islandlink.example/realms/crew\njwks_uri: https://id.islandlink.example/realms/crew/protocol/openid-connect/certs\nclient_id: crew-portal-spa\npublic_key_x: %s\n"
            % b64u(rbytes(r, 32)))


CLASSES = [
    ("imo_and_mmsi_vessel_identifiers", "IMO numbers with a real check digit, MMSIs, call signs", [("fleet_register_csv", c_imo_1), ("vessel_particulars_sheet", c_imo_2)]),
    ("ais_vdm_armoured_payload_sentences", "raw `!AIVDM` sentences (6-bit armoured payload, real NMEA checksum) and decoder output", [("ais_receiver_raw_log", c_ais_1), ("ais_decoder_debug_output", c_ais_2)]),
    ("ferry_booking_refs_and_ticket_numbers", "booking references and 13-digit ticket numbers with a real Luhn digit", [("crossing_booking_confirmation", c_book_1), ("linkspan_gate_scan_log", c_book_2)]),
    ("iso6346_freight_unit_numbers", "container / trailer unit numbers with a real ISO 6346 check digit, seal numbers", [("freight_manifest_csv", c_iso_1), ("roro_trailer_booking_note", c_iso_2)]),
    ("vehicle_plates_and_deck_lane_plans", "UK-style plates, lane numbers and lengths", [("deck_plan_export_json", c_plate_1), ("check_in_lane_board_ocr", c_plate_2)]),
    ("un_locode_and_port_call_refs", "UN/LOCODE-style port codes, port-call references, VAT-style numbers", [("port_call_notice_xml", c_locode_1), ("harbour_dues_invoice_text", c_locode_2)]),
    ("seafarer_certificate_and_discharge_numbers", "CoC, STCW and discharge-book numbers, drill records", [("crew_certificate_matrix_csv", c_cert_1), ("drill_record_sheet", c_cert_2)]),
    ("resident_card_numbers_luhn", "16-digit resident-card numbers with a real Luhn digit, season-pass numbers", [("resident_scheme_export_csv", c_res_1), ("resident_card_renewal_letter", c_res_2)]),
    ("publishable_keys_on_ferry_booking_pages", "Stripe `pk_live_`, reCAPTCHA and Turnstile site keys, Mapbox `pk.` (real JSON), Algolia search-only key, PostHog `phc_`", [("booking_widget_embed_html", c_pub_1), ("public_runtime_config_json", c_pub_2)]),
    ("placeholder_values_in_ferry_integration_docs", "`rsc_<…>`, `spq_XXXX…`, `TDW-XXXXX-…`, `sk_live_...`, empty values, `${…:?…}`, `<base64 key …>`, `change-me-NN`", [("integration_readme_md", c_ph_1), ("env_sample_file", c_ph_2)]),
    ("masked_secrets_in_sailing_job_logs", "stars, `prw_v1_****` + 4 hex, `[FILTERED]`, `***`, bullets + 4 characters", [("sailing_sync_worker_log", c_mask_1), ("ci_job_masked_output", c_mask_2)]),
    ("secret_manager_pointers_in_harbour_deploys", "ExternalSecret remoteRef to GCP Secret Manager, `${{ secrets.* }}`, Vault KV paths", [("external_secret_manifest_yaml", c_ptr_1), ("workflow_secret_expressions_yml", c_ptr_2)]),
    ("werkzeug_scrypt_and_bcrypt_hashes", "Werkzeug `scrypt:` strings (real scrypt of discarded bytes) and `$2y$` bcrypt strings (random in frame)", [("staff_users_insert_sql", c_hash_1), ("htpasswd_bcrypt_file", c_hash_2)]),
    ("age_and_pgp_armored_ciphertext", "age armor and PGP MESSAGE armor with a real CRC-24 (random bodies)", [("encrypted_manifest_backup_txt", c_ct_1), ("pgp_mail_to_port_authority", c_ct_2)]),
    ("crew_security_awareness_prose", "induction and toolbox-talk text about passwords with no password in it", [("crew_induction_handbook_section", c_prose_1), ("toolbox_talk_minutes", c_prose_2)]),
    ("enc_chart_cell_crcs_and_file_digests", "ENC cell names with CRC-32s, SHA-256 sums of timetable PDFs (real digests of random bytes)", [("chart_update_catalogue_listing", c_chart_1), ("timetable_pdf_sha256sums", c_chart_2)]),
    ("tide_tables_and_passage_waypoints", "tide times and heights, waypoint positions", [("tide_table_csv", c_tide_1), ("passage_plan_waypoints", c_tide_2)]),
    ("radio_call_signs_and_beacon_hex_ids", "call signs, MMSIs, group MMSIs, 15-hex EPIRB ids, SART serials", [("gmdss_equipment_register", c_radio_1), ("beacon_registration_form", c_radio_2)]),
    ("checkout_session_and_refund_ids", "Stripe `evt_` / `cs_live_` / `pi_` / `cus_` / `re_` ids, PSP references", [("payment_webhook_event_json", c_ids_1), ("refund_reconciliation_csv", c_ids_2)]),
    ("jwks_public_key_documents", "JWKS RSA public keys (random modulus) and OIDC public config", [("jwks_endpoint_body_json", c_jwks_1), ("oidc_public_config_yaml", c_jwks_2)]),
]

WRAP_TEXT = {
    "in_deck_crew_signal_thread": ("[08:02] Eilidh: is this the right one?\n", "[08:05] Calum: yes, nothing secret in that\n"),
    "in_ferry_dev_forgejo_review": ("Review comment on ops/config#%d:\n```\n", "```\nLGTM – these are fine to commit.\n"),
    "in_harbourmaster_email": ("From: harbourmaster@islandlink.example\nSubject: FW: records\n\nSee below.\n\n", "\nRegards,\nHarbour office\n"),
    "in_ops_runbook_wiki": ("== Reference data ==\n<pre>\n", "</pre>\n''Last edited by deckops''\n"),
}


def build(reg_strings):
    rng = random.Random(SEED)
    out = []
    long_strings = [s for s in reg_strings if len(s) >= 6]
    for cname, _desc, bases in CLASSES:
        for bname, fn in bases:
            for w in WRAPPERS:
                for _ in range(50):
                    body = fn(rng)
                    if w is None:
                        text = body
                    else:
                        pre, post = WRAP_TEXT[w]
                        if "%d" in pre:
                            pre = pre % rng.randint(100, 999)
                        text = pre + body + post
                    if not any(s in text for s in long_strings):
                        break
                else:
                    raise RuntimeError("negative could not avoid registered strings")
                out.append({"id": None, "class": cname, "container": bname if w is None else bname + "__" + w,
                            "text": text, "source": "negative"})
    return out
