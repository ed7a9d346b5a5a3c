import hashlib, hmac, zlib
from common import G
def pem(g, n=8):
    return "\n".join(g.b64(64) for _ in range(n))
def mac(g): return ":".join("%02x" % g.randint(0, 255) for _ in range(6))
def sn(g): return "%s-%s-%s" % (g.up(3), g.dig(4), g.dig(5))

BASE = {
 "public_key_or_certificate": {
  "sros2_enclave_cert_pem": lambda g: "# keystore/enclaves/agv/uplink/cert.pem (public, fine to share)\n-----BEGIN CERTIFICATE-----\nMIIB" + g.b64(60) + "\n" + pem(g, 6) + "\n" + g.b64(40) + "==\n-----END CERTIFICATE-----",
  "gateway_known_hosts_line": lambda g: "# ~/.ssh/known_hosts on the service laptop\ngw-line%s.plant3.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % (g.dig(1), g.b64(43)),
 },
 "placeholder_or_redacted": {
  "esphome_template_placeholder_yaml": lambda g: "wifi:\n  ssid: \"<YOUR_SSID>\"\n  password: \"<YOUR_WIFI_PASSWORD>\"\napi:\n  encryption:\n    key: \"<paste-32-byte-base64-key>\"  # node %s" % g.dig(3),
  "support_ticket_redacted_config": lambda g: "[mqtt]\nhost = mq.plant3.example\nuser = line%s\npassword = [removed by support before attaching]\ntoken = ************************" % g.dig(1),
 },
 "digest_or_checksum": {
  "firmware_release_sha256_manifest": lambda g: "\n".join("%s  fw-%s-%d.%d.%d.bin" % (g.hex(64), b, g.randint(1, 5), g.randint(0, 9), g.randint(0, 30)) for b in ("esp32", "stm32h7", "imx8")),
  "plc_block_crc32_listing": lambda g: "Block      Checksum\n" + "\n".join("FB%-8d 0x%s" % (g.randint(1, 400), g.HEX(8)) for _ in range(5)),
 },
 "ciphertext_or_sealed_value": {
  "ansible_vault_encrypted_var": lambda g: "mqtt_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("  " + g.hex(80) for _ in range(4)),
  "esp32_nvs_encrypted_partition_hexdump": lambda g: "\n".join("%08x  %s" % (0x9000 + 16 * i, " ".join(g.hex(2) for _ in range(16))) for i in range(5)) + "\n(flash encryption enabled, contents are ciphertext)",
 },
 "masked_partial_value": {
  "hmi_user_list_masked_column": lambda g: "User        Level   Password\nOperator%s   1       ********\nService     3       ********\nAdmin       4       ********" % g.dig(1),
  "gateway_ui_token_last4_display": lambda g: "Cloud token: ••••••••••••••••%s  (shown: last 4)\nCreated %s by %s" % (g.an(4), "2026-03-%02d" % g.randint(1, 28), g.choice(["ot-admin", "service"])),
 },
 "code_identifier_lookalike": {
  "ros_msg_md5sum_listing": lambda g: "\n".join("%s: %s" % (m, g.hex(32)) for m in ("sensor_msgs/JointState", "geometry_msgs/Twist", "nav_msgs/Odometry")),
  "git_submodule_commit_pins": lambda g: "\n".join(" %s components/%s (v%d.%d)" % (g.hex(40), c, g.randint(1, 5), g.randint(0, 9)) for c in ("esp-mqtt", "lwip", "mbedtls")),
 },
 "password_prose_no_value": {
  "field_service_password_policy_paragraph": lambda g: "Field engineers must never write controller passwords on cabinets, labels or in tickets. Use the plant vault and rotate the HMI admin password after every visit (policy OT-%s)." % g.dig(3),
  "support_call_refuse_password_transcript": lambda g: "[00:0%s:10] Customer: should I just read you the password?\n[00:0%s:14] Agent: no, please don't - reset it on the panel and keep it to yourself." % (g.dig(1), g.dig(1)),
 },
 "uuid_or_request_identifier": {
  "fleet_device_uuid_listing": lambda g: "\n".join("%s  %s  online" % (g.hex(32), n) for n in ("cobot-07", "agv-12", "press-02")),
  "opcua_guid_node_ids": lambda g: "\n".join("ns=2;g=%s  %s" % (g.uuid(), n) for n in ("Spindle.Speed", "Spindle.Temp", "Door.State")),
 },
 "version_or_build_string": {
  "firmware_boot_banner_versions": lambda g: "ESP-IDF v5.%d.%d-%d-g%s\nApp version: 4.%d.%d-rc%d+%s\nCompile time: May 14 2026 06:12:01" % (g.randint(0, 3), g.randint(0, 4), g.randint(1, 300), g.hex(9), g.randint(0, 9), g.randint(0, 9), g.randint(1, 4), g.hex(7)),
  "ros_package_xml_versions": lambda g: "<package format=\"3\">\n  <name>gripper_driver</name>\n  <version>%d.%d.%d</version>\n  <!-- built from %s -->\n</package>" % (g.randint(0, 3), g.randint(0, 20), g.randint(0, 9), g.hex(40)),
 },
 "password_hash_not_plaintext": {
  "yocto_shadow_sha512crypt_rows": lambda g: "root:$6$%s$%s:19800:0:99999:7:::\noperator:$6$%s$%s:19800:0:99999:7:::" % (g.an(16), g.an(86).replace("+", "."), g.an(16), g.an(86)),
  "mosquitto_passwd_file_pbkdf2_lines": lambda g: "line4:$7$101$%s$%s\ntelegraf:$7$101$%s$%s" % (g.b64(16), g.b64(86) + "==", g.b64(16), g.b64(86) + "=="),
 },
 "secret_store_reference": {
  "esphome_bang_secret_references": lambda g: "wifi:\n  ssid: !secret wifi_ssid\n  password: !secret wifi_password\nota:\n  password: !secret ota_password_%s" % g.dig(2),
  "systemd_loadcredential_directives": lambda g: "[Service]\nLoadCredentialEncrypted=mqtt-pass:/etc/credstore.encrypted/mqtt-pass\nEnvironment=MQTT_PASSWORD_FILE=%%d/mqtt-pass\nExecStart=/usr/bin/edge-agent --id %s" % g.dig(4),
 },
 "test_fixture_fake_credential": {
  "hil_test_fixture_dummy_creds": lambda g: "@pytest.fixture\ndef fake_broker():\n    return Broker(user='test', password='not-a-real-password', port=%d)" % g.randint(18000, 19000),
  "simulator_default_login_readme": lambda g: "## Cell simulator\nStart with `docker compose up sim`. The simulator HMI runs locally at http://localhost:%d and accepts demo / demo (simulation only, no plant access)." % g.randint(8000, 8999),
 },
 "hardware_serial_or_mac_address": {
  "device_provisioning_serial_mac_csv": lambda g: "serial,mac_eth0,mac_wlan0,hw_rev\n" + "\n".join("%s,%s,%s,%s" % (sn(g), mac(g), mac(g), g.choice("ABCD")) for _ in range(4)),
  "lldp_neighbor_mac_table": lambda g: "Local Intf  Chassis id         Port id      Capability\n" + "\n".join("Gi1/0/%-5d %s  %s  B,R" % (g.randint(1, 48), mac(g), mac(g)) for _ in range(3)),
 },
 "calibration_constant_block": {
  "load_cell_calibration_constants": lambda g: "# load cell LC-%s calibration\nZERO_OFFSET = %d\nSCALE_FACTOR = %.9f\nTEMP_COEFF = %.6e\nCAL_CRC = 0x%s" % (g.dig(5), g.randint(-90000, 90000), g.randint(1, 10**9) / 1e7, g.randint(1, 9999) / 1e9, g.HEX(8)),
  "imu_calibration_yaml": lambda g: "imu_calibration:\n  accel_bias: [%s]\n  gyro_bias: [%s]\n  mag_soft_iron: [%s]\n  serial: %s" % (", ".join("%.7f" % (g.randint(-99999, 99999) / 1e6) for _ in range(3)), ", ".join("%.7f" % (g.randint(-99999, 99999) / 1e7) for _ in range(3)), ", ".join("%.9f" % (g.randint(900000000, 1100000000) / 1e9) for _ in range(9)), g.HEX(16)),
 },
 "lorawan_eui_or_fieldbus_address": {
  "lorawan_deveui_joineui_sheet": lambda g: "device,dev_eui,join_eui\n" + "\n".join("tank-%s,%s,70B3D57ED000%s" % (g.dig(2), g.HEX(16), g.HEX(4)) for _ in range(4)),
  "profinet_device_name_table": lambda g: "Device name        IP            MAC                Vendor/Device ID\n" + "\n".join("io-station-%s   10.20.1.%-3d  %s  0x002A/0x%s" % (g.dig(2), g.randint(10, 250), mac(g), g.HEX(4)) for _ in range(3)),
 },
}

WRAPPERS = {
 "in_field_service_report": "FIELD SERVICE REPORT %s\nObservations (copied from the unit):\n%s\nNo credentials were recorded in this report.",
 "in_plc_project_comment": "(* ---- pasted for reference, ticket %s ----\n%s\n---- *)",
 "in_vendor_support_ticket_reply": "Re: case %s\nThanks, we looked at what you sent:\n\n%s\n\nNothing sensitive in there, we can continue.",
 "in_commissioning_checklist": "Commissioning checklist, step %s - evidence:\n```\n%s\n```\n- [x] reviewed",
 "in_maintenance_log_entry": "MAINT LOG #%s\n%s\n-- entry closed",
}

def docs():
    rfc4231 = hmac.new(b"\x0b" * 20, b"Hi There", hashlib.sha256).hexdigest()
    assert rfc4231 == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
    sha_abc = hashlib.sha256(b"abc").hexdigest()
    assert sha_abc == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    md5fox = hashlib.md5(b"The quick brown fox jumps over the lazy dog").hexdigest()
    assert md5fox == "9e107d9d372bb6826bd81d3542a419d6"
    crc = "%08X" % zlib.crc32(b"123456789")
    assert crc == "CBF43926"
    aws = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    return [
     ("rfc4231_case1_hmac_in_firmware_signing_notes", "Firmware signing self-test: our HMAC-SHA256 routine must reproduce RFC 4231 test case 1 (key = 20 bytes of 0x0b, data = \"Hi There\"):\n  expected = %s" % rfc4231, rfc4231),
     ("fips180_sha256_abc_in_bootloader_selftest", "/* bootloader POST: SHA-256(\"abc\") known-answer test from FIPS 180 */\nstatic const char kat[] = \"%s\";" % sha_abc, sha_abc),
     ("aws_docs_example_secret_in_greengrass_howto", "From the AWS docs example used in our Greengrass how-to (not a real key):\naws_secret_access_key = %s" % aws, aws),
     ("md5_quick_brown_fox_in_plc_checksum_wiki", "Wiki: to check the MD5 helper in the PLC library, hash \"The quick brown fox jumps over the lazy dog\" - the result must be %s." % md5fox, md5fox),
     ("crc32_check_value_in_gateway_manual", "Gateway manual, appendix C: CRC-32 (IEEE) check value for the ASCII string \"123456789\" is 0x%s." % crc, crc),
    ]

def generate(seed=5706):
    g = G(seed)
    recs = []
    for cls, kinds in BASE.items():
        for kind, fn in kinds.items():
            recs.append(dict(**{"class": cls}, container=kind, text=fn(g), source="negative"))
            for w, tpl in WRAPPERS.items():
                recs.append(dict(**{"class": cls}, container=kind + "__" + w, text=tpl % (g.dig(5), fn(g)), source="negative"))
    for kind, text, _ in docs():
        recs.append(dict(**{"class": "vendor_documentation_value"}, container=kind, text=text, source="negative"))
    return recs
