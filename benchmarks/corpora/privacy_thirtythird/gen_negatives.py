"""Hard negatives: 15 classes x 3 new base kinds x 4 presentations + 5 documentation values."""
import random, hashlib, hmac, base64
from common import *

def h(r, n): return rs(r, HEXL, n)

B = {
 "public_key_or_certificate": {
  "nas_authorized_keys_entry": lambda r: "# /var/services/homes/admin/.ssh/authorized_keys\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, AN + "+/", 43) + " laptop@home",
  "camera_https_cert_pem_view": lambda r: "Camera > Network > HTTPS > View certificate\n-----BEGIN CERTIFICATE-----\nMIIB" + rs(r, AN + "+/", 60) + "\n" + rs(r, AN + "+/", 64) + "\n-----END CERTIFICATE-----",
  "syncthing_device_id_share": lambda r: "Add this device in Syncthing (device ID, safe to share):\n" + "-".join(rs(r, UP + "234567", 7) for _ in range(8)),
 },
 "placeholder_or_redacted": {
  "router_backup_redacted_psk": lambda r: "config wifi-iface 'guest'\n\toption ssid 'Guest-%d'\n\toption key '********' # removed before posting to the forum" % r.randint(1, 99),
  "ticket_form_password_field_blank": lambda r: "New user request #%d\nName: P. Novak\nInitial password: <to be set by user at first login>\nLaptop: yes" % r.randint(1000, 9999),
  "hass_secrets_example_file": lambda r: "# secrets.yaml.example - copy to secrets.yaml\nwifi_ssid: YOUR_SSID\nwifi_password: YOUR_WIFI_PASSWORD\nmqtt_password: CHANGE_ME_%d" % r.randint(1, 9),
 },
 "digest_or_checksum": {
  "firmware_download_sha256_note": lambda r: "RT-AX58U firmware 3.0.0.4.%d\nSHA-256: %s" % (r.randint(380, 390), h(r, 64)),
  "iso_md5sum_listing": lambda r: "%s  ubuntu-24.04-live-server-amd64.iso\n%s  debian-12.5.0-amd64-netinst.iso" % (h(r, 32), h(r, 32)),
  "steam_depot_manifest_line": lambda r: '"%d" { "manifest" "%d" "size" "%d" "sha" "%s" }' % (r.randint(10**5, 10**6), r.randint(10**18, 9 * 10**18), r.randint(10**8, 10**9), h(r, 40)),
 },
 "ciphertext_or_sealed_value": {
  "bitwarden_encrypted_json_cipherstring": lambda r: '{"encrypted": true, "passwordProtected": false, "data": "2.%s|%s|%s"}' % (rs(r, AN + "+/", 22) + "==", rs(r, AN + "+/", 64), rs(r, AN + "+/", 43) + "="),
  "openssl_salted_base64_blob": lambda r: "$ cat backup.key.enc\nU2FsdGVkX1" + rs(r, AN + "+/", 54) + "==\n(key is in the safe, not here)",
  "veracrypt_header_hexdump": lambda r: "00000000: " + " ".join(h(r, 4) for _ in range(8)) + "\n00000010: " + " ".join(h(r, 4) for _ in range(8)),
 },
 "masked_partial_value": {
  "router_ui_masked_psk_screen": lambda r: "Wireless > Security\nSSID: HomeNet\nWPA Pre-Shared Key: ••••••••••••  [show]",
  "sms_bank_otp_masked_notice": lambda r: "Your card ending %04d was used at GAMESTORE. Code ******. Not you? Call us." % r.randint(0, 9999),
  "helpdesk_ticket_masked_password": lambda r: "Ticket #%d\nUser says current password starts with 'Su' and ends with '7!' (rest masked: ***********)" % r.randint(10**4, 10**5),
 },
 "opaque_random_identifier": {
  "printer_job_uuid_log": lambda r: "\n".join("[job %s] completed pages=%d" % (uuid4(r), r.randint(1, 30)) for _ in range(3)),
  "steam_id64_friends_list": lambda r: "\n".join("7656119%010d  friend_%d" % (r.randint(0, 10**10 - 1), i) for i in range(3)),
  "parcel_tracking_sms": lambda r: "Your parcel is on its way. Tracking: 1Z%s%s. Delivery Tue." % (rs(r, UP + DI, 6), rs(r, DI, 10)),
 },
 "password_prose_no_value": {
  "sms_password_reset_notice": lambda r: "Your router account password was changed at %02d:%02d. If this wasn’t you, reset it in the app." % (r.randint(0, 23), r.randint(0, 59)),
  "family_chat_wifi_changed_no_value": lambda r: "Dad: I changed the wifi password again, it’s on the fridge, don’t text it please (%d)" % r.randint(1, 99),
  "helpdesk_kb_reset_steps": lambda r: "KB%d: To reset your printer admin password, hold the reset button for 10 seconds, then set a new one in the web UI." % r.randint(1000, 9999),
 },
 "license_or_serial_identifier": {
  "printer_serial_label_ocr": lambda r: "Model: LaserJet M%d  S/N: CNB%s  Made in Vietnam" % (r.randint(100, 999), rs(r, UP + DI, 7)),
  "nintendo_friend_code_list": lambda r: "\n".join("%s: SW-%04d-%04d-%04d" % (n, r.randint(0, 9999), r.randint(0, 9999), r.randint(0, 9999)) for n in ("Ella", "Max")),
  "router_label_mac_serial": lambda r: "MAC: %s  SN: %s  SSID on label: Home-%s" % (":".join(h(r, 2).upper() for _ in range(6)), rs(r, UP + DI, 12), rs(r, UP + DI, 4)),
 },
 "publishable_client_key": {
  "recaptcha_site_key_form": lambda r: '<div class="g-recaptcha" data-sitekey="6L%s"></div>' % rs(r, AN + "_-", 38),
  "hcaptcha_sitekey_div": lambda r: '<div class="h-captcha" data-sitekey="%s"></div>' % uuid4(r),
  "turnstile_sitekey_widget": lambda r: '<div class="cf-turnstile" data-sitekey="0x4AAAAAAA%s"></div>' % rs(r, AN + "_-", 12),
 },
 "secret_store_reference": {
  "hass_secret_tag_reference": lambda r: "mqtt:\n  broker: 192.168.1.%d\n  password: !secret mqtt_password" % r.randint(2, 250),
  "bitwarden_cli_get_command": lambda r: "$ export NAS_PASS=\"$(bw get password nas-%d)\"" % r.randint(1, 9),
  "pass_show_pipeline": lambda r: "$ pass show home/router-%d | head -n1 | xclip -selection clipboard" % r.randint(1, 9),
 },
 "test_fixture_fake_credential": {
  "esphome_test_yaml_fake_wifi": lambda r: "# tests/test%d.yaml (CI only)\nwifi:\n  ssid: test-ssid\n  password: fake-password-for-ci" % r.randint(1, 9),
  "printer_driver_test_fake_pin": lambda r: "def test_pin_rejected():\n    assert not login(pin='0000-dummy-%d')" % r.randint(1, 99),
  "game_server_ci_dummy_rcon": lambda r: "env:\n  RCON_PASSWORD: dummy-rcon-not-real-%d" % r.randint(1, 99),
 },
 "url_or_anchor_lookalike": {
  "steam_workshop_links": lambda r: "\n".join("https://steamcommunity.com/sharedfiles/filedetails/?id=%d" % r.randint(10**9, 3 * 10**9) for _ in range(2)),
  "router_admin_hash_routes": lambda r: "http://192.168.%d.1/#/advanced/wireless/%s" % (r.randint(0, 9), rs(r, LO, 8)),
  "short_link_sms": lambda r: "Your photos are ready: https://sho.rt/%s" % rs(r, AN, 7),
 },
 "version_or_build_string": {
  "router_firmware_banner": lambda r: "BusyBox v1.%d.1 (2023-11-0%d 12:00:00 UTC) built-in shell\nOpenWrt 23.05.%d r%d-%s" % (r.randint(30, 36), r.randint(1, 9), r.randint(0, 5), r.randint(20000, 24000), h(r, 10)),
  "printer_firmware_revision_page": lambda r: "Firmware Datecode: 2024%04d\nFirmware Revision: %d.%d.%d.%d-%s" % (r.randint(101, 1231), r.randint(2, 5), r.randint(0, 9), r.randint(0, 9), r.randint(0, 99), h(r, 7)),
  "game_client_build_string": lambda r: "Build %d.%d.%d (%s) Steam" % (r.randint(1, 9), r.randint(0, 99), r.randint(0, 999), h(r, 12)),
 },
 "base64_non_secret_payload": {
  "hass_camera_snapshot_data_uri": lambda r: '<img src="data:image/jpeg;base64,/9j/4AAQSkZJRgABAQ' + rs(r, AN + "+/", 60) + '==">',
  "vcard_photo_base64_line": lambda r: "BEGIN:VCARD\nVERSION:3.0\nFN:Oma\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ" + rs(r, AN + "+/", 56) + "\nEND:VCARD",
  "ics_attachment_base64": lambda r: "ATTACH;ENCODING=BASE64;VALUE=BINARY;FMTTYPE=text/plain:" + base64.b64encode(("Dinner at %d pm, bring salad" % r.randint(5, 9)).encode()).decode(),
 },
 "code_identifier_lookalike": {
  "router_cgi_form_field_names": lambda r: '<input name="wl_wpa_psk_confirm" type="password"><input name="http_passwd_%d" type="password">' % r.randint(1, 9),
  "spreadsheet_password_column_header": lambda r: "device,location,admin_user,admin_password_set,last_rotated\nprinter-%d,office,admin,TRUE,2024-01-10" % r.randint(1, 9),
  "ini_schema_password_keys_doc": lambda r: "Keys: server_password (string), rcon_password (string), admin_password_hash (string, bcrypt) - see section %d" % r.randint(2, 9),
 },
}
WRAP = {
 "bare_text": lambda t: t,
 "in_helpdesk_ticket_thread": lambda t: "Ticket thread (internal)\n> customer wrote:\n" + "\n".join("> " + l for l in t.split("\n")) + "\nAgent: noted, nothing sensitive here.",
 "in_sms_thread_export": lambda t: "[SMS] +15550188 -> me\n" + t + "\n[delivered]",
 "in_spreadsheet_cell_note": lambda t: 'Cell B7 note:\n"' + t.replace('"', '""') + '"',
}

def _hkdf():
    ikm, salt, info = b"\x0b" * 22, bytes(range(13)), bytes(range(0xf0, 0xfa))
    prk = hmac.new(salt, ikm, hashlib.sha256).digest()
    okm, t, i = b"", b"", 1
    while len(okm) < 42:
        t = hmac.new(prk, t + info + bytes([i]), hashlib.sha256).digest(); okm += t; i += 1
    return okm[:42].hex()

RFC4231 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
RFC5869 = "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"
DOCS = {
 "rfc4231_hmac_sha256_jefe_case": ("Jefe", "RFC 4231 test case 2: key = \"Jefe\", data = \"what do ya want for nothing?\"\nHMAC-SHA-256 = " + RFC4231),
 "rfc5869_hkdf_sha256_case_one": ("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "RFC 5869 A.1: IKM = 0x0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b, salt = 0x000102030405060708090a0b0c, info = 0xf0f1f2f3f4f5f6f7f8f9, L = 42\nOKM = 0x" + RFC5869),
 "raspberry_pi_legacy_default_login": ("raspberry", "Old Raspberry Pi OS images shipped with the default login pi / raspberry; newer images make you create a user."),
 "ubiquiti_factory_default_ubnt": ("ubnt", "After a factory reset the Ubiquiti device answers on 192.168.1.20 with the default ubnt / ubnt."),
 "router_label_admin_admin_default": ("admin", "Many consumer routers ship with admin / admin as the web UI login (see the label under the device) - change it on first setup."),
}
DOCVALS = {k: v[0] for k, v in DOCS.items()}

def build():
    r = random.Random(33006)
    recs = []
    for cls in sorted(B):
        for kind in sorted(B[cls]):
            for w in sorted(WRAP):
                text = WRAP[w](B[cls][kind](r))
                cont = kind if w == "bare_text" else kind + "__" + w
                recs.append({"class": cls, "container": cont, "text": text, "source": "negative"})
    for kind in sorted(DOCS):
        recs.append({"class": "vendor_documentation_value", "container": kind, "text": DOCS[kind][1], "source": "negative"})
    return recs
