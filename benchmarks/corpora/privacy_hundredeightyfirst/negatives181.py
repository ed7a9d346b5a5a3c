"""Hard negatives of the climbing / bowling / FEC world: no secret, but secret-looking."""
import random, base64, hashlib, json, struct
from common181 import (rs, hexs, B62, B64URL, UPAN, LOWAN, rbytes, uuid4, luhn_complete, gs1_check,
                       b64url_nopad, jwt_hs256)

SEED = 18106
WRAPPERS = [
    ("in_gym_ops_discord_channel", "#gym-ops - pasted by dana_ops:\n```\n", "\n```\n(just checking these look right)"),
    ("in_bowling_center_helpdesk_email", "From: helpdesk@strikecity.example\nSubject: FW: lane system export\n\n> ", "\n\n-- forwarded for the record, nothing to action"),
    ("in_arcade_vendor_jira_ticket", "ARC-%d  Card system sync question\nDescription:\n{noformat}\n", "\n{noformat}\nReporter: tomas.k"),
    ("in_kiosk_repo_pull_request_review", "Review comment on src/config/sample.txt (line %d):\n> ", "\nLooks fine to me, these are safe to keep in the repo."),
    ("in_party_desk_notion_page", "Party desk runbook / Reference data (last edited by Renee)\n\n", "\n\nSee also: the opening checklist."),
]

def _card(r):
    return luhn_complete("7" + rs(r, "0123456789", 14))

def _grp(n):
    return " ".join(n[i:i + 4] for i in range(0, 16, 4))

def _ean13(r):
    b = "20" + rs(r, "0123456789", 10)
    return b + gs1_check(b)

def _ean8(r):
    b = "2" + rs(r, "0123456789", 6)
    return b + gs1_check(b)

def _wg_pub(r):
    return base64.b64encode(rbytes(r, 32)).decode()

def _ecdsa(r):
    def s(x):
        return struct.pack(">I", len(x)) + x
    blob = s(b"ecdsa-sha2-nistp256") + s(b"nistp256") + s(b"\x04" + rbytes(r, 64))
    return base64.b64encode(blob).decode()

def _bcrypt(r):
    al = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "$2b$12$" + rs(r, al, 22) + rs(r, al, 31)

def _argon(r):
    return "$argon2id$v=19$m=65536,t=3,p=4$" + b64url_nopad(rbytes(r, 16)).replace("-", "+").replace("_", "/") + "$" + b64url_nopad(rbytes(r, 32)).replace("-", "+").replace("_", "/")

def _anon_jwt(r):
    iat = 1760000000 + r.randint(0, 5000000)
    return jwt_hs256(r, {"iss": "supabase", "ref": rs(r, "abcdefghijklmnopqrstuvwxyz", 20), "role": "anon",
                         "iat": iat, "exp": iat + 315360000})

def _b64_blob(r, n):
    s = base64.b64encode(rbytes(r, n)).decode()
    return "\n".join(s[i:i + 64] for i in range(0, len(s), 64))

# ------------------------------------------------------------------ base kinds
def lane_scoring_game_export_csv(r):
    rows = ["game_id,lane,bowler,frame_scores,total,started_utc"]
    for _ in range(4):
        fr = [r.randint(7, 30) for _ in range(10)]
        rows.append("G%08d,%d,%s,%s,%d,2025-11-%02dT%02d:%02d:00Z" % (r.randint(0, 99999999), r.randint(1, 24),
                    r.choice(["KAYLA", "MARCUS", "DEV", "JO", "PRIYA"]), "-".join(map(str, fr)), sum(fr), r.randint(1, 28), r.randint(17, 23), r.randint(0, 59)))
    return "\n".join(rows)

def league_standings_print_view(r):
    out = ["TUESDAY MIXED TRIO - WEEK %d STANDINGS" % r.randint(3, 30), "Pos  Team                 Won  Lost  Pins     Sanction#"]
    for i in range(4):
        out.append("%-4d %-20s %-4d %-5d %-8d %s" % (i + 1, r.choice(["Pin Pals", "Split Happens", "Gutter Gang", "Lucky Strikes", "Ten Pin Titans"]),
                   r.randint(20, 60), r.randint(10, 50), r.randint(20000, 40000), "USBC-%s-%06d" % (rs(r, UPAN, 2), r.randint(0, 999999))))
    return "\n".join(out)

def pinsetter_fault_history_log(r):
    out = []
    for _ in range(4):
        out.append("2025-10-%02d %02d:%02d  lane %02d  machine S/N %s  fault E%03d %s" % (r.randint(1, 30), r.randint(10, 23), r.randint(0, 59), r.randint(1, 32),
                   "GS-%s-%05d" % (rs(r, UPAN, 3), r.randint(0, 99999)), r.randint(1, 199), r.choice(["deck stuck", "sweep timeout", "ball lift jam", "turret overrun"])))
    return "\n".join(out)

def mechanic_parts_order_rows(r):
    out = ["part_no|description|qty|machine_serial|po"]
    for _ in range(4):
        out.append("%s|%s|%d|%s|PO-%s" % ("%03d-%06d-%03d" % (r.randint(0, 999), r.randint(0, 999999), r.randint(0, 999)),
                   r.choice(["deck roller", "pin wheel belt", "sweep motor brush", "gearbox seal"]), r.randint(1, 6), "A2-%07d" % r.randint(0, 9999999), hexs(r, 10).upper()))
    return "\n".join(out)

def route_setting_board_export(r):
    out = ["wall,route_id,grade,setter_tag,tape,set_on,route_uuid"]
    for _ in range(4):
        out.append("%s,R-%05d,%s,%s,%s,2025-09-%02d,%s" % (r.choice(["cave", "slab", "prow", "lead-north"]), r.randint(0, 99999),
                   r.choice(["V3", "V5", "5.11b", "6c+", "7a", "5.12a"]), "SET-" + rs(r, UPAN, 4) + str(r.randint(10, 99)),
                   r.choice(["red", "blue", "green", "white"]), r.randint(1, 30), uuid4(r)))
    return "\n".join(out)

def grade_log_api_json(r):
    return json.dumps({"ascent_id": uuid4(r), "route": "R-%05d" % r.randint(0, 99999), "grade": r.choice(["V4", "6b+", "5.10d"]),
                       "climber_ref": "CLM-" + rs(r, UPAN + "0123456789", 10), "style": r.choice(["flash", "redpoint", "onsight"]),
                       "etag": hexs(r, 32), "request_id": rs(r, LOWAN, 26)}, indent=2)

def auto_belay_inspection_register(r):
    out = ["Unit S/N        Wall  Last inspection  Next due    Inspector  Cycle count"]
    for _ in range(4):
        out.append("%-15s %-5s 2025-%02d-%02d       2026-%02d-%02d  %-10s %d" % ("TB%s%06d" % (rs(r, UPAN, 2), r.randint(0, 999999)), "W%d" % r.randint(1, 12),
                   r.randint(1, 12), r.randint(1, 28), r.randint(1, 12), r.randint(1, 28), rs(r, UPAN, 3), r.randint(1000, 90000)))
    return "\n".join(out)

def belay_device_recall_lookup(r):
    return ("Recall lookup result\nModel: auto-belay 320i\nSerial: %s\nLot: L%s\nManufacture date: 2023-%02d\nStatus: NOT AFFECTED\nLookup ref: %s" %
            ("AB320-%s-%05d" % (rs(r, UPAN, 2), r.randint(0, 99999)), rs(r, "0123456789", 8), r.randint(1, 12), uuid4(r)))

def arcade_card_balance_report(r):
    out = ["card_number          tier    credits  tickets  last_swipe"]
    for _ in range(3):
        out.append("%s  %-7s %-8d %-8d 2025-11-%02d" % (_grp(_card(r)), r.choice(["gold", "basic", "party"]), r.randint(0, 900), r.randint(0, 20000), r.randint(1, 28)))
    return "\n".join(out)

def card_reader_swipe_log(r):
    out = []
    for _ in range(4):
        out.append("reader=%s card=%s game=%s credits=-%d ok txn=%s" % ("RDR-%04d" % r.randint(0, 9999), _card(r),
                   r.choice(["skeeball-3", "air-hockey-1", "claw-7", "pinball-2"]), r.randint(1, 8), hexs(r, 16)))
    return "\n".join(out)

def prize_counter_inventory_scan(r):
    out = ["scan_time,ean,prize,tickets,bin"]
    for _ in range(4):
        code = _ean8(r) if r.random() < 0.5 else _ean13(r)
        out.append("19:%02d:%02d,%s,%s,%d,B%02d" % (r.randint(0, 59), r.randint(0, 59), code, r.choice(["plush dino", "slap bracelet", "kazoo", "mini football"]), r.choice([50, 120, 500, 2500]), r.randint(1, 40)))
    return "\n".join(out)

def prize_supplier_invoice_lines(r):
    out = ["INVOICE %s  Supplier: Redemption Depot" % ("RD-%07d" % r.randint(0, 9999999))]
    for _ in range(3):
        out.append("  %s  case of 144  x%d  EAN %s  $%d.%02d" % ("SKU%s" % rs(r, UPAN, 6), r.randint(1, 9), _ean13(r), r.randint(20, 400), r.randint(0, 99)))
    return "\n".join(out)

def waiver_audit_trail_json(r):
    return json.dumps({"document_id": uuid4(r), "template_version": "v%d.%d" % (r.randint(1, 9), r.randint(0, 20)),
                       "signer_ref": "W-%09d" % r.randint(0, 999999999), "pdf_sha256": hashlib.sha256(rbytes(r, 64)).hexdigest(),
                       "signed_at": "2025-08-%02dT%02d:%02d:11Z" % (r.randint(1, 28), r.randint(8, 21), r.randint(0, 59)), "ip": "10.20.1.%d" % r.randint(2, 250)}, indent=2)

def waiver_pdf_metadata_dump(r):
    return ("Title: Release of Liability - %s\nProducer: WaiverKiosk PDF 4.2\nID: <%s> <%s>\nDocumentID: uuid:%s\nPages: 3\nEncrypted: no" %
            (r.choice(["Bouldering", "Trampoline", "Laser Tag"]), hexs(r, 32).upper(), hexs(r, 32).upper(), uuid4(r)))

def occupancy_counter_mqtt_log(r):
    out = []
    for _ in range(4):
        out.append("counters/%s/occupancy {\"in\":%d,\"out\":%d,\"now\":%d,\"cap\":180,\"seq\":%d,\"dev\":\"%s\"}" %
                   (r.choice(["court-a", "foam-pit", "dodgeball", "ninja"]), r.randint(100, 900), r.randint(100, 900), r.randint(0, 180), r.randint(0, 999999), hexs(r, 12)))
    return "\n".join(out)

def jump_session_capacity_report(r):
    return ("Jump session capacity report %s\nSession 4:00-5:00  sold %d / cap 180  walk-ins %d\nSession 5:00-6:00  sold %d / cap 180  walk-ins %d\nReport id: JR-%s" %
            ("2025-12-%02d" % r.randint(1, 28), r.randint(20, 180), r.randint(0, 30), r.randint(20, 180), r.randint(0, 30), rs(r, UPAN + "0123456789", 12)))

def laser_match_results_board(r):
    out = ["MATCH %s  arena Nebula  mode: team elimination" % ("M%06d" % r.randint(0, 999999))]
    for _ in range(4):
        out.append("vest %02d  %-10s score %5d  hits %3d  accuracy %d%%  vest_id %s" % (r.randint(1, 30), r.choice(["Viper", "Nova", "Blitz", "Echo", "Rook"]),
                   r.randint(-500, 9000), r.randint(0, 120), r.randint(10, 80), hexs(r, 8).upper()))
    return "\n".join(out)

def vest_pairing_table(r):
    out = ["vest,pack_mac,ir_channel,firmware"]
    for _ in range(4):
        out.append("%d,%s,%d,%d.%d.%d" % (r.randint(1, 30), ":".join(hexs(r, 2) for _ in range(6)), r.randint(1, 8), r.randint(1, 4), r.randint(0, 9), r.randint(0, 99)))
    return "\n".join(out)

def kds_ticket_queue_dump(r):
    out = []
    for _ in range(4):
        out.append("ticket #%d  order %s  station %s  items: %s  bump_id %s" % (r.randint(100, 999), "ORD-%s" % rs(r, UPAN + "0123456789", 8),
                   r.choice(["fryer", "grill", "pizza"]), r.choice(["2x nachos", "pretzel bites", "large pepperoni", "corn dog combo"]), uuid4(r)))
    return "\n".join(out)

def snack_bar_order_receipt(r):
    return ("SNACK BAR - LANE SIDE\nOrder %s   Lane %d\n1 Large pizza        14.99\n2 Slushie             7.98\nAuth %s  Ref %s\nCard **** %04d\nThank you!" %
            ("#%06d" % r.randint(0, 999999), r.randint(1, 32), rs(r, UPAN + "0123456789", 6), rs(r, "0123456789", 12), r.randint(0, 9999)))

def firmware_release_checksums(r):
    out = []
    for name in ("pinsetter-ctrl-%d.%d.bin" % (r.randint(1, 5), r.randint(0, 20)), "scorer-display-%d.%d.img" % (r.randint(1, 5), r.randint(0, 20))):
        data = rbytes(r, 64)
        out.append("SHA384 (%s) = %s" % (name, hashlib.sha384(data).hexdigest()))
        out.append("MD5 (%s) = %s" % (name, hashlib.md5(data).hexdigest()))
    return "\n".join(out)

def ota_manifest_json(r):
    data = rbytes(r, 64)
    return json.dumps({"device": "capacity-counter", "version": "3.%d.%d" % (r.randint(0, 9), r.randint(0, 30)),
                       "url": "https://ota.jumpzone.example/fw/cc-%s.bin" % hexs(r, 8), "size": r.randint(300000, 900000),
                       "sha384": hashlib.sha384(data).hexdigest(), "md5": hashlib.md5(data).hexdigest()}, indent=2)

def party_booking_widget_html(r):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<script>\n  const stripe = Stripe('pk_live_51%s');\n</script>\n"
            "<div class=\"h-captcha\" data-sitekey=\"%s\"></div>\n<script src=\"https://web.squarecdn.com/v1/square.js\" data-app-id=\"sq0idp-%s\"></script>" %
            (rs(r, B62, 97), uuid4(r), rs(r, B64URL, 22)))

def kiosk_public_runtime_config(r):
    return ("window.__KIOSK_PUBLIC__ = {\n  supabaseUrl: 'https://%s.supabase.co',\n  supabaseAnonKey: '%s',\n  mapsBrowserKey: 'AIza%s', // HTTP-referrer restricted\n  posthogKey: 'phc_%s'\n};" %
            (rs(r, "abcdefghijklmnopqrstuvwxyz", 20), _anon_jwt(r), rs(r, B64URL, 35), rs(r, B62, 43)))

def kiosk_settings_screenshot_ocr(r):
    return ("Integrations > Waiver provider\nAPI key        %s%s\nWebhook secret ************************\nLast rotated   2025-%02d-%02d\n[ Reveal ]  [ Rotate ]" %
            ("\u2022" * r.randint(20, 30), rs(r, B62, 4), r.randint(1, 12), r.randint(1, 28)))

def support_bundle_env_dump(r):
    return ("# support bundle %s - values redacted by exporter\nARC_REDEMPTION_API_KEY=arc_live_sk_****************%s\nLANE_SCORING_SERVER_PASSWORD=<redacted>\nKDS_PAIRING_SECRET=[REDACTED %d chars]\nTPC_DEVICE_TOKEN=tpc_dev_...%s" %
            (hexs(r, 8), rs(r, B62, 4), r.randint(30, 40), rs(r, B62, 3)))

def gym_app_env_example(r):
    return ("# .env.example - copy to .env and fill in\nWAIVER_KIOSK_ADMIN_PASSWORD=\nSMARTWAIVER_API_KEY=<your-smartwaiver-key>\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nBELAY_LOG_SYNC_TOKEN=${BELAY_LOG_SYNC_TOKEN:?set me}\nREDEMPTION_API_KEY=CHANGE_ME_%d" % r.randint(1, 9))

def integration_docs_curl_sample(r):
    return ("curl https://api.partydesk.example/v1/bookings \\\n  -H \"Authorization: Bearer $PARTYDESK_TOKEN\" \\\n  -H \"X-Api-Key: YOUR_API_KEY_HERE\" \\\n  -d lane=%d -d size=%d" % (r.randint(1, 24), r.randint(4, 20)))

def gcp_secret_manager_and_keyvault_refs(r):
    return ("LANE_DB_PASSWORD: sm://projects/strike-city-%d/secrets/lane-db-password/versions/latest\nWAIVER_WEBHOOK_SECRET: \"@Microsoft.KeyVault(SecretUri=https://kv-chalkworks.vault.azure.net/secrets/waiver-webhook/%s)\"\nREDEMPTION_KEY: arn:aws:secretsmanager:us-west-2:%012d:secret:arcade/redemption-%s" %
            (r.randint(100, 999), hexs(r, 32), r.randint(0, 999999999999), rs(r, B62, 6)))

def doppler_and_k8s_secret_key_refs(r):
    return ("env:\n  - name: KDS_PAIRING_SECRET\n    valueFrom:\n      secretKeyRef:\n        name: kds-secrets\n        key: pairing-secret\n  - name: LASER_CONSOLE_PASSWORD\n    value: \"${{ secrets.LASER_CONSOLE_PASSWORD }}\"\n# doppler run -p arena -c prd_%d -- ./start.sh" % r.randint(1, 9))

def age_armored_backup_note(r):
    return "Nightly waiver DB dump, encrypted to the ops recipient age1%s:\n-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----" % (
        rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), _b64_blob(r, 150))

def pgp_encrypted_message_paste(r):
    return "-----BEGIN PGP MESSAGE-----\n\n%s\n=%s\n-----END PGP MESSAGE-----" % (_b64_blob(r, 180), base64.b64encode(rbytes(r, 3)).decode())

def staff_users_table_dump(r):
    out = ["id | username   | password_hash                                                 | role"]
    for i in range(3):
        out.append("%2d | %-10s | %s | %s" % (i + 1, r.choice(["dana", "mira", "jonah", "luis", "pat"]) + str(r.randint(1, 9)), _bcrypt(r), r.choice(["desk", "setter", "manager"])))
    return "\n".join(out)

def kiosk_auth_yaml_hashes(r):
    return "users:\n  frontdesk:\n    password: \"%s\"\n  manager:\n    password: \"%s\"" % (_argon(r), _bcrypt(r))

def front_desk_handbook_section(r):
    return ("4.%d Passwords and kiosk logins\nNever write the kiosk admin password on a sticky note. Passwords are rotated every %d days by the manager on duty, "
            "and new ones are handed over in person, never by text. If a guest sees a password, tell the manager so it can be changed the same day." % (r.randint(1, 9), r.choice([30, 60, 90])))

def bowling_staff_group_chat(r):
    return ("Luis: anyone have the scorer login? lane %d is frozen\nPat: not posting it here, check the binder in the office\nLuis: fair, the password got changed monday right?\nPat: yep, new token for the pinsetter bridge too, ask Dana" % r.randint(1, 32))

def wireguard_peer_config_public_part(r):
    return "[Peer]\n# lane-bridge gateway\nPublicKey = %s\nAllowedIPs = 10.44.%d.0/24\nEndpoint = vpn.strikecity.example:51820" % (_wg_pub(r), r.randint(0, 255))

def ssh_known_hosts_ecdsa_lines(r):
    return "\n".join("%s ecdsa-sha2-nistp256 %s" % (h, _ecdsa(r)) for h in ("scoring.strikecity.lan", "kds.jumpzone.lan"))

CLASSES = [
    ("bowling_frame_score_sheets", [lane_scoring_game_export_csv, league_standings_print_view], "game ids, lanes, frame scores, USBC-style sanction numbers"),
    ("pinsetter_machine_serials_and_fault_codes", [pinsetter_fault_history_log, mechanic_parts_order_rows], "pinsetter serials, fault codes, part numbers, PO numbers"),
    ("climbing_route_grade_and_setter_tags", [route_setting_board_export, grade_log_api_json], "route ids, grades, setter tags, route UUIDv4s, ETags (32 hex), request ids"),
    ("auto_belay_serials_and_inspection_dates", [auto_belay_inspection_register, belay_device_recall_lookup], "auto-belay serials, lots, inspection dates, cycle counts, lookup UUIDv4"),
    ("arcade_play_card_numbers_with_luhn_digit", [arcade_card_balance_report, card_reader_swipe_log], "16-digit play-card numbers with a real Luhn digit, reader ids, 16-hex transaction ids"),
    ("redemption_prize_ean8_and_ean13_codes", [prize_counter_inventory_scan, prize_supplier_invoice_lines], "EAN-8 / EAN-13 codes with real GS1 check digits, SKUs, invoice numbers"),
    ("signed_waiver_document_ids_and_digests", [waiver_audit_trail_json, waiver_pdf_metadata_dump], "waiver document UUIDv4s, real SHA-256 of random bytes, PDF trailer ids (32 hex)"),
    ("trampoline_capacity_counter_readings", [occupancy_counter_mqtt_log, jump_session_capacity_report], "occupancy counts, sequence numbers, 12-hex device ids, report ids"),
    ("laser_tag_vest_ids_and_match_scores", [laser_match_results_board, vest_pairing_table], "match ids, vest ids (8 hex), MAC addresses, scores"),
    ("kitchen_display_ticket_and_order_numbers", [kds_ticket_queue_dump, snack_bar_order_receipt], "ticket and order numbers, bump UUIDv4s, auth codes, masked card tails"),
    ("controller_firmware_sha384_and_md5_sums", [firmware_release_checksums, ota_manifest_json], "real SHA-384 and MD5 digests of random bytes"),
    ("publishable_booking_widget_keys", [party_booking_widget_html, kiosk_public_runtime_config], "Stripe `pk_live_`, hCaptcha site key (UUIDv4), Square `sq0idp-` application id, Supabase anon JWT (real JSON), referrer-restricted Maps `AIza` browser key, PostHog `phc_`"),
    ("masked_tokens_in_kiosk_admin_pages", [kiosk_settings_screenshot_ocr, support_bundle_env_dump], "bullets with a four-character tail, asterisks, `<redacted>`, `[REDACTED n chars]`, a kept invented prefix with `...`"),
    ("env_example_placeholders_for_gym_apps", [gym_app_env_example, integration_docs_curl_sample], "empty values, `<your-…>`, `xxxx…`, `${…:?…}`, `CHANGE_ME_n`, `YOUR_API_KEY_HERE`, shell variables"),
    ("secret_manager_references_in_gym_deploys", [gcp_secret_manager_and_keyvault_refs, doppler_and_k8s_secret_key_refs], "`sm://` Secret Manager paths, Key Vault references, Secrets Manager ARNs, `secretKeyRef`, CI expressions, `doppler run`"),
    ("age_and_pgp_armored_ciphertext", [age_armored_backup_note, pgp_encrypted_message_paste], "armoured age and PGP messages (random bytes in the frame; the `age1…` recipient is a public key)"),
    ("bcrypt_and_argon2_password_hashes", [staff_users_table_dump, kiosk_auth_yaml_hashes], "`$2b$12$…` bcrypt and `$argon2id$…` one-way hashes (random bytes in the right frame; the YAML key is `password`, a trap)"),
    ("staff_handbook_talk_about_passwords", [front_desk_handbook_section, bowling_staff_group_chat], "handbook text and staff chat about passwords and tokens without any value"),
    ("wireguard_and_ecdsa_public_keys", [wireguard_peer_config_public_part, ssh_known_hosts_ecdsa_lines], "WireGuard peer `PublicKey` (Base64 of 32 bytes, same shape as a private key) and real ecdsa-sha2-nistp256 wire-format public keys"),
]

def generate(forbidden):
    r = random.Random(SEED)
    recs = []
    for cls, kinds, _desc in CLASSES:
        for kind in kinds:
            for w in range(6):
                for _ in range(100):
                    base = kind(r)
                    if w == 0:
                        text, cont = base, kind.__name__
                    else:
                        wn, head, foot = WRAPPERS[w - 1]
                        if "%d" in head:
                            head = head % r.randint(100, 999)
                        text, cont = head + base + foot, kind.__name__ + "__" + wn
                    if not any(f in text for f in forbidden):
                        break
                else:
                    raise RuntimeError("negative redraw failed")
                recs.append((cls, cont, text))
    return recs
