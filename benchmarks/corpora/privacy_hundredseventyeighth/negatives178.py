"""Hard negatives of the rink world: texts that hold no secret but look as if they might."""
import base64, hashlib, json, random, string
from common178 import rstr, uuid4, rbytes, b64url_nopad, luhn_digit, upc_check, B62, HEXL, HEXU, ALNUM_L, UPALNUM

SEED = 17806
D = string.digits
B64STD = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
NAMES = ["M. Tremblay", "J. Okafor", "S. Lindqvist", "A. Nakamura", "R. Kowalski", "L. Fraser", "P. Gagnon", "K. Murphy"]
DATES = ["2025-01-18", "2025-02-15", "2025-03-01", "2025-10-11", "2025-11-08", "2024-12-07"]


def imei(r):
    body = "35" + rstr(r, D, 12)
    return body + luhn_digit(body)


def upc(r):
    d11 = "0" + rstr(r, D, 10)
    return d11 + upc_check(d11)


def wiegand26(fac, card):
    bits = format(fac, "08b") + format(card, "016b")
    first, last = bits[:12], bits[12:]
    p_even = str(first.count("1") % 2)
    p_odd = str(1 - last.count("1") % 2)
    return int(p_even + bits + p_odd, 2)


def wiegand_ok(raw):
    b = format(raw, "026b")
    return b[:13].count("1") % 2 == 0 and b[13:].count("1") % 2 == 1


# ---------------------------------------------------------------------- base kinds
def zamboni_service_log_rows(r):
    rows = ["unit,serial,hour_meter,last_blade_change,tech"]
    for u in range(1, 4):
        rows.append("Z-%d,ZMB-%s-%s,%d.%d,%s,%s" % (u, rstr(r, D, 6), rstr(r, "ABCDEFGHJKLMNPRSTUVWXYZ", 2), r.randint(900, 9000), r.randint(0, 9), r.choice(DATES), r.choice(NAMES)))
    return "\n".join(rows) + "\n"


def resurfacer_fleet_inventory_csv(r):
    rows = ["model,machine_serial,battery_pack_serial,telematics_imei,firmware"]
    for m in ("552AC", "Millennium E", "Olympia ICE BEAR"):
        rows.append("%s,%s,BP%s%s,%s,v%d.%d.%d" % (m, rstr(r, UPALNUM, 10), rstr(r, D, 4), rstr(r, UPALNUM, 6), imei(r), r.randint(1, 4), r.randint(0, 9), r.randint(0, 30)))
    return "\n".join(rows) + "\n"


def ice_plant_modbus_register_map(r):
    tags = [("TT-101", "brine supply temp", "float32"), ("TT-102", "brine return temp", "float32"),
            ("PT-201", "suction pressure", "float32"), ("AE-301", "NH3 machine room ppm", "uint16"),
            ("HS-401", "compressor 1 run", "coil")]
    out = ["# ice plant PLC register map, device %s" % uuid4(r), "register  tag     type     description"]
    base = r.randint(40001, 40100)
    for i, (t, desc, ty) in enumerate(tags):
        out.append("%-9d %-7s %-8s %s" % (base + 2 * i, t, ty, desc))
    return "\n".join(out) + "\n"


def brine_loop_trend_export(r):
    out = ["# trend %s exported from historian" % rstr(r, HEXL, 24), "timestamp,TT-101,TT-102,PT-201,AE-301"]
    for k in range(4):
        out.append("%sT%02d:%02d:00Z,-%d.%d,-%d.%d,%d.%d,%d" % (r.choice(DATES), r.randint(0, 23), 15 * k, r.randint(8, 11), r.randint(0, 9), r.randint(6, 8), r.randint(0, 9), r.randint(1, 3), r.randint(0, 9), r.randint(0, 4)))
    return "\n".join(out) + "\n"


def ice_booking_confirmation_email(r):
    return ("Subject: Ice time confirmed - %s\n\nBooking reference: ICE-%s-%s\nConfirmation code: %s-%s\n"
            "Sheet: %s, 21:30-22:30\nInvoice: INV-%s (paid)\nCustomer no.: C%s\n" % (
                r.choice(DATES), r.choice(["2025", "2026"]), rstr(r, D, 6), rstr(r, UPALNUM, 4), rstr(r, UPALNUM, 4),
                r.choice(["Rink A", "Rink B", "Curling sheet 4"]), rstr(r, D, 7), rstr(r, D, 6)))


def ice_schedule_ical_feed(r):
    out = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//North Arena//Ice Schedule//EN"]
    for _ in range(2):
        out += ["BEGIN:VEVENT", "UID:%s@schedule.northarena.ca" % uuid4(r), "DTSTART:20251108T%02d0000Z" % r.randint(10, 23),
                "SUMMARY:U13 AA practice (slot %s)" % rstr(r, UPALNUM, 6), "END:VEVENT"]
    out.append("END:VCALENDAR")
    return "\n".join(out) + "\n"


def team_roster_registration_export(r):
    out = ["player,birth_year,federation_no,registration_confirmation,jersey"]
    for n in r.sample(NAMES, 3):
        out.append("%s,%d,HC%s,%s%s,%d" % (n, r.randint(2008, 2015), rstr(r, D, 8), rstr(r, UPALNUM, 3), rstr(r, D, 7), r.randint(2, 98)))
    return "\n".join(out) + "\n"


def coach_certification_lookup_json(r):
    return json.dumps({"coachId": int(rstr(r, "123456789", 1) + rstr(r, D, 6)), "nccpNumber": rstr(r, D, 10),
                       "safeSportCertificate": "SS-" + rstr(r, UPALNUM, 10), "status": "certified",
                       "requestId": uuid4(r)}, indent=2) + "\n"


def curling_draw_sheet_json(r):
    games = [{"gameId": "G%s" % rstr(r, D, 5), "draw": d, "sheet": s, "hammer": r.choice(["red", "yellow"]),
              "uuid": uuid4(r)} for d, s in ((1, "A"), (1, "B"), (2, "C"))]
    return json.dumps({"event": "Club Spiel %s" % r.choice(DATES)[:4], "games": games}, indent=1) + "\n"


def end_by_end_stats_csv(r):
    g = "G" + rstr(r, D, 5)
    out = ["game_id,end,team,score,hammer,shot_pct"]
    for e in range(1, 5):
        out.append("%s,%d,%s,%d,%s,%d" % (g, e, r.choice(["Red", "Yellow"]), r.randint(0, 3), r.choice(["Y", "N"]), r.randint(55, 95)))
    return "\n".join(out) + "\n"


def wristband_topup_ledger_rows(r):
    out = ["uid,txn_id,amount,balance_after,stand"]
    for _ in range(3):
        out.append("04%s,%s,%d.00,%d.%02d,%d" % (rstr(r, HEXU, 12), uuid4(r), r.choice([5, 10, 20]), r.randint(0, 60), r.randint(0, 99), r.randint(1, 6)))
    return "\n".join(out) + "\n"


def nfc_reader_debug_log(r):
    uid = ":".join(rstr(r, HEXU, 2) for _ in range(7))
    return ("[reader %s] ISO14443A card present\n  UID: 04:%s\n  ATQA: 00 44  SAK: 00\n  NDEF: none\n  balance lookup ok (%d.%02d)\n" % (
        rstr(r, UPALNUM, 8), uid[3:], r.randint(0, 50), r.randint(0, 99)))


def skate_rental_inventory_scan(r):
    out = ["scan,upc,size,asset_tag"]
    for k in range(3):
        out.append("%d,%s,%s,RNT-%s" % (k + 1, upc(r), r.choice(["Y13", "1", "5", "8.5", "10"]), rstr(r, D, 5)))
    return "\n".join(out) + "\n"


def pro_shop_sharpening_receipt(r):
    return ("PRO SHOP - NORTH ARENA\nOrder %s\nSharpening 1/2\" hollow x2    20.00\nLaces 96\" UPC %s   6.99\n"
            "Ref %s\nThank you!\n" % (rstr(r, D, 8), upc(r), rstr(r, UPALNUM, 10)))


def access_controller_event_log(r):
    out = []
    for door in ("Zamboni Bay", "Ice Plant", "Team Room 3"):
        fac, card = r.randint(1, 255), r.randint(1, 65535)
        out.append("%s %02d:%02d ACCESS GRANTED door=\"%s\" fac=%d card=%d raw26=0x%07X" % (r.choice(DATES), r.randint(5, 23), r.randint(0, 59), door, fac, card, wiegand26(fac, card)))
    return "\n".join(out) + "\n"


def badge_enrolment_csv(r):
    out = ["holder,format,facility_code,card_number,raw26_hex"]
    for n in r.sample(NAMES, 2):
        fac, card = r.randint(1, 255), r.randint(1, 65535)
        out.append("%s,H10301,%d,%d,%07X" % (n, fac, card, wiegand26(fac, card)))
    return "\n".join(out) + "\n"


def tournament_stream_schedule_page(r):
    out = ["<ul class=\"streams\">"]
    for g in ("U15 semi-final", "U15 final"):
        vid = rstr(r, B62 + "-_", 11)
        out.append("  <li>%s <iframe src=\"https://www.youtube.com/embed/%s\" allowfullscreen></iframe></li>" % (g, vid))
    out.append("</ul>")
    return "\n".join(out) + "\n"


def hls_playlist_manifest(r):
    pid = rstr(r, B62, 40)
    out = ["#EXTM3U", "#EXT-X-VERSION:3", "# playback id %s (public)" % pid]
    for k in range(3):
        out += ["#EXTINF:6.0,", "https://stream.mux.com/%s/seg_%s_%d.ts" % (pid, rstr(r, HEXL, 8), k)]
    return "\n".join(out) + "\n"


def concession_pos_receipt_text(r):
    return ("CONCESSION STAND %d\n2x Hot chocolate   7.00\n1x Poutine         8.50\nTOTAL             15.50\n"
            "VISA ************%s\nAUTH CODE %s  RRN %s\nTID %s  MID %s\n" % (
                r.randint(1, 6), rstr(r, D, 4), rstr(r, UPALNUM, 6), rstr(r, D, 12), rstr(r, D, 8), rstr(r, D, 15)))


def settlement_batch_report(r):
    out = ["batch,terminal,count,total,host_ref"]
    for _ in range(3):
        out.append("%s,T%s,%d,%d.%02d,%s" % (rstr(r, D, 6), rstr(r, D, 7), r.randint(20, 300), r.randint(100, 4000), r.randint(0, 99), rstr(r, UPALNUM, 12)))
    return "\n".join(out) + "\n"


def scoreboard_firmware_release_notes(r):
    blob = rbytes(r, 64)
    return ("Scoreboard controller firmware 3.%d.%d\n\nSHA-512:\n%s\nBLAKE2b-256: %s\nBuild commit: %s\n" % (
        r.randint(0, 9), r.randint(0, 20), hashlib.sha512(blob).hexdigest(), hashlib.blake2b(blob, digest_size=32).hexdigest(),
        hashlib.sha1(rbytes(r, 16)).hexdigest()))


def rink_app_sbom_hash_list(r):
    comps = []
    for nm in ("rink-scoreboard-core", "ends-sync", "wristband-client"):
        blob = rbytes(r, 32)
        comps.append({"name": nm, "version": "%d.%d.%d" % (r.randint(0, 4), r.randint(0, 9), r.randint(0, 9)),
                      "hashes": [{"alg": "SHA-512", "content": hashlib.sha512(blob).hexdigest()},
                                 {"alg": "BLAKE2b-256", "content": hashlib.blake2b(blob, digest_size=32).hexdigest()}]})
    return json.dumps({"bomFormat": "CycloneDX", "specVersion": "1.5", "serialNumber": "urn:uuid:" + uuid4(r), "components": comps}, indent=1) + "\n"


def league_site_checkout_html(r):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_%s');\n</script>\n"
            "<div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>\n"
            "<script src=\"https://maps.googleapis.com/maps/api/js?key=AIza%s&callback=initRinkMap\"></script>\n" % (
                rstr(r, B62, 99), rstr(r, B62 + "-_", 38), rstr(r, B62 + "-_", 35)))


def rink_finder_map_embed_config(r):
    mb = "pk." + b64url_nopad(json.dumps({"u": "rinkfinder", "a": rstr(r, ALNUM_L, 25)}, separators=(",", ":")).encode()) + "." + rstr(r, B62 + "-_", 22)
    return ("window.RINK_FINDER = {\n  mapboxToken: '%s',\n  algoliaAppId: '%s',\n  algoliaSearchOnlyKey: '%s',\n"
            "  posthogKey: 'phc_%s',\n  sentryDsn: 'https://%s@o%s.ingest.sentry.io/%s'\n};\n" % (
                mb, rstr(r, UPALNUM, 10), rstr(r, HEXL, 32), rstr(r, B62, 43), rstr(r, HEXL, 32), rstr(r, D, 6), rstr(r, D, 7)))


def booking_admin_settings_ocr(r):
    return ("Integrations  >  Payments\nStripe secret key     sk_live_\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022%s   [Reveal]\n"
            "SMTP password         ********\nWristband API key     cwb_live_\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022%s\nLast rotated %s\n" % (
                rstr(r, B62, 4), rstr(r, B62, 4), r.choice(DATES)))


def support_bundle_config_dump(r):
    return ("== config (secrets masked) ==\nDB_HOST=db01.rink.internal\nSCHEDULER_DB_PASSWORD=<redacted>\nOSDP_SCBK=[REDACTED 32 hex chars]\n"
            "STREAM_KEY=****-****-****-****-%s\nTELEMATICS_JWT=eyJ***<hidden %d chars>\n" % (rstr(r, ALNUM_L, 4), r.randint(180, 260)))


def integration_readme_snippet(r):
    return ("## Quick start\n\n```bash\nexport BRIVO_CLIENT_SECRET=changeme\ncurl -H \"Authorization: Bearer <YOUR_DAYSMART_API_SECRET>\" \\\n"
            "     https://api.example.com/v1/rinks/%d/ice-slots\n# API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n```\n" % r.randint(10, 99))


def env_template_file(r):
    return ("# .env.example - copy to .env and fill in\nWRISTBAND_API_KEY=\nSTREAM_KEY=your-stream-key-here\n"
            "OSDP_SCBK=${OSDP_SCBK:?set the door controller key}\nBOOKING_ADMIN_PASSWORD=<set-me>\nTELEMATICS_JWT=REPLACE_WITH_DEVICE_TOKEN\nSHEETS=%d\n" % r.randint(4, 8))


def kubernetes_external_secret_manifest(r):
    return ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: booking-admin\nspec:\n"
            "  refreshInterval: 1h\n  secretStoreRef: { name: rink-vault, kind: ClusterSecretStore }\n  data:\n"
            "    - secretKey: password\n      remoteRef:\n        key: rink/prod/booking-admin-%s\n        property: password\n" % rstr(r, ALNUM_L, 4))


def pipeline_vault_lookup_refs(r):
    return ("deploy:\n  script:\n    - export OSDP_SCBK=$(vault kv get -field=scbk secret/arena/doors-%s)\n"
            "    - echo \"stream key from $STREAM_KEY_REF\"\n  variables:\n"
            "    STREAM_KEY_REF: \"@Microsoft.KeyVault(SecretUri=https://rinkkv%s.vault.azure.net/secrets/stream-key/)\"\n"
            "    SCBK_PARAM: \"{{resolve:ssm-secure:/rink/prod/osdp-scbk:%d}}\"\n" % (rstr(r, ALNUM_L, 3), rstr(r, D, 2), r.randint(1, 9)))


def _enc_blob(r, n):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(r, n)).decode(), base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 16)).decode())


def sops_encrypted_values_yaml(r):
    return ("booking_admin_password: %s\nwristband_api_key: %s\nsops:\n  age:\n    - recipient: age1%s\n"
            "  lastmodified: \"2025-11-08T10:02:11Z\"\n  mac: %s\n  version: 3.9.1\n" % (
                _enc_blob(r, 14), _enc_blob(r, 41), rstr(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), _enc_blob(r, 32)))


def ansible_vault_encrypted_vars(r):
    body = rstr(r, HEXL, 400)
    lines = [body[i:i + 80] for i in range(0, len(body), 80)]
    return "door_controller_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n" + "".join("  " + l + "\n" for l in lines)


def django_auth_user_dump(r):
    out = ["id|username|password|is_staff"]
    for k, u in enumerate(("rinkops", "scorekeeper", "ltsadmin")):
        out.append("%d|%s|pbkdf2_sha256$870000$%s$%s|t" % (k + 1, u, rstr(r, B62, 22), base64.b64encode(rbytes(r, 32)).decode()))
    return "\n".join(out) + "\n"


def kiosk_users_scrypt_json(r):
    users = [{"user": u, "password_hash": "$scrypt$ln=16,r=8,p=1$%s$%s" % (base64.b64encode(rbytes(r, 16)).decode().rstrip("="), base64.b64encode(rbytes(r, 32)).decode().rstrip("="))}
             for u in ("kiosk-lobby", "kiosk-proshop")]
    return json.dumps({"users": users}, indent=1) + "\n"


CHAT = [
    "Dave: who changed the booking office login? it's not the one on the sticky anymore",
    "Priya: me, after the audit. it's in 1Password under Rink Office, not posting it here",
    "Dave: fair. and the stream key for Saturday?",
    "Priya: regenerate it in YouTube Studio the morning of, old one is dead",
    "Marc: door controller still on the factory default? that needs changing before the tournament",
]


def rink_crew_group_chat(r):
    lines = r.sample(CHAT, 4)
    return "\n".join("[%02d:%02d] %s" % (r.randint(7, 22), r.randint(0, 59), l) for l in lines) + "\n"


POLICY = [
    "Staff must not write passwords on whiteboards, sticky notes or the Zamboni room door.",
    "Vendor API keys and stream keys live only in the password manager; request access from the facility manager.",
    "Door controller and ice plant HMI credentials are rotated after every tournament and whenever a staff member leaves.",
    "Never paste a key or password into a ticket, chat or e-mail; share a vault link instead.",
    "Report a suspected leak to the IT desk within one hour.",
]


def facility_acceptable_use_policy(r):
    items = r.sample(POLICY, 4)
    return "Section %d.%d - Credentials\n" % (r.randint(3, 9), r.randint(1, 5)) + "\n".join("- " + i for i in items) + "\n"


CLASSES = [
    ("resurfacer_serials_and_hour_meters", [zamboni_service_log_rows, resurfacer_fleet_inventory_csv],
     "ice-resurfacer serials, battery pack serials, telematics IMEIs (real Luhn digit), hour meters"),
    ("refrigeration_plant_tag_and_register_ids", [ice_plant_modbus_register_map, brine_loop_trend_export],
     "ISA instrument tags, Modbus register numbers, a device UUIDv4, a 24-hex historian trend id, brine temperatures"),
    ("ice_time_booking_confirmation_codes", [ice_booking_confirmation_email, ice_schedule_ical_feed],
     "booking references, confirmation codes, invoice / customer numbers, iCalendar UIDs"),
    ("federation_player_and_coach_numbers", [team_roster_registration_export, coach_certification_lookup_json],
     "federation registration numbers, registration confirmations, coaching certificate numbers, request UUIDs"),
    ("curling_draw_and_game_ids", [curling_draw_sheet_json, end_by_end_stats_csv],
     "game ids, draws, sheets, end-by-end scores, game UUIDs"),
    ("wristband_nfc_uids_and_balances", [wristband_topup_ledger_rows, nfc_reader_debug_log],
     "7-byte NFC UIDs in hex, ATQA / SAK, transaction UUIDs, balances"),
    ("rental_skate_upc_barcodes_with_check_digit", [skate_rental_inventory_scan, pro_shop_sharpening_receipt],
     "UPC-A codes with real check digits, asset tags, order numbers"),
    ("door_badge_wiegand_card_numbers", [access_controller_event_log, badge_enrolment_csv],
     "facility codes, card numbers and 26-bit Wiegand words in hex with real parity bits"),
    ("stream_video_ids_and_public_playback_urls", [tournament_stream_schedule_page, hls_playlist_manifest],
     "YouTube video ids in embed URLs, public Mux playback ids, HLS segment names"),
    ("concession_receipt_card_tails_and_auth_codes", [concession_pos_receipt_text, settlement_batch_report],
     "masked card numbers, authorisation codes, RRN / TID / MID, batch and host references"),
    ("scoreboard_firmware_sha512_and_blake2_digests", [scoreboard_firmware_release_notes, rink_app_sbom_hash_list],
     "real SHA-512, BLAKE2b-256 and SHA-1 digests of random bytes, a CycloneDX serial number"),
    ("client_side_keys_on_rink_websites", [league_site_checkout_html, rink_finder_map_embed_config],
     "Stripe `pk_live_`, reCAPTCHA site key, Maps browser `AIza` key, Mapbox `pk.` (real base64url JSON), Algolia search-only key, PostHog `phc_`, Sentry DSN public key"),
    ("asterisked_tokens_in_rink_admin_screens", [booking_admin_settings_ocr, support_bundle_config_dump],
     "bullets with a four-character tail (one keeps the invented `cwb_live_` prefix), `********`, `<redacted>`, `[REDACTED …]`, `<hidden N chars>`"),
    ("setup_doc_placeholders_for_rink_integrations", [integration_readme_snippet, env_template_file],
     "`changeme`, `<YOUR_…>`, `xxxx…`, empty values, `${…:?…}`, `<set-me>`, `REPLACE_WITH_…`"),
    ("secret_store_pointers_in_arena_deploys", [kubernetes_external_secret_manifest, pipeline_vault_lookup_refs],
     "ExternalSecret remote refs, `vault kv get` paths, Key Vault references, SSM `resolve:ssm-secure` references"),
    ("sops_and_ansible_vault_ciphertext", [sops_encrypted_values_yaml, ansible_vault_encrypted_vars],
     "SOPS `ENC[AES256_GCM,…]` values with an age recipient, `$ANSIBLE_VAULT;1.1;AES256` hex bodies (random bytes in the right frame)"),
    ("pbkdf2_and_scrypt_password_hashes", [django_auth_user_dump, kiosk_users_scrypt_json],
     "Django `pbkdf2_sha256$…` and passlib `$scrypt$…` one-way hashes (the Django column is named `password`)"),
    ("rink_staff_talk_about_logins_without_values", [rink_crew_group_chat, facility_acceptable_use_policy],
     "chat and policy text about passwords, stream keys and door-controller logins without any value"),
]

WRAPPERS = [
    ("in_rink_ops_slack_thread", lambda t, r: "#rink-ops  thread\n%s: can someone sanity-check this before I file it?\n```\n%s```\n%s: nothing secret in there, ship it\n" % (r.choice(["dave", "priya", "marc"]), t, r.choice(["lena", "omar", "kim"]))),
    ("in_arena_helpdesk_ticket", lambda t, r: "Ticket #A-%s | Priority: Normal | Queue: Arena IT\nDescription:\n%s\n-- submitted from the front desk\n" % (rstr(r, D, 5), t)),
    ("in_league_confluence_page", lambda t, r: "h2. Reference data (%s)\n{code}\n%s{code}\nLast edited by league office\n" % (r.choice(DATES), t)),
    ("in_facility_manager_outlook_forward", lambda t, r: "---------- Forwarded message ----------\nFrom: Facility Manager <fm@northarena.ca>\nDate: %s\nSubject: FW: for the records\n\n%s" % (r.choice(DATES), t)),
    ("in_scoreboard_repo_pr_comment", lambda t, r: "**%s** commented on `fixtures/sample_%s.txt`:\n\n```\n%s```\nThese are public ids / test fixtures, fine to commit.\n" % (r.choice(["kim", "omar"]), rstr(r, ALNUM_L, 5), t)),
]


def generate(forbidden):
    """forbidden: strings (positive values, evasion plains and runs) that must not occur in a negative."""
    rng = random.Random(SEED)
    recs = []
    seen = set()
    for cname, kinds, _desc in CLASSES:
        for kind in kinds:
            for p in range(1 + len(WRAPPERS)):
                for _ in range(50):
                    base = kind(rng)
                    if p == 0:
                        text, cont = base, kind.__name__
                    else:
                        wname, wf = WRAPPERS[p - 1]
                        text, cont = wf(base, rng), kind.__name__ + "__" + wname
                    if text not in seen and not any(f in text for f in forbidden):
                        break
                else:
                    raise RuntimeError("could not draw a clean negative")
                seen.add(text)
                recs.append({"class": cname, "container": cont, "text": text})
    return recs
