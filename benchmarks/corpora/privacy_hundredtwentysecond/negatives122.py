"""Hard negatives from the chip-design world: look like secrets, are not."""
import hashlib, base64, struct
from common122 import G, UP, DIG, LOW

def _sha256(g): return hashlib.sha256(g.an(20).encode()).hexdigest()
def _md5(g): return hashlib.md5(g.an(16).encode()).hexdigest()

def c_wafer(g, k):
    lot = g.choice(['N7', 'N5', 'G22', 'S130']) + g.uan(4) + '.' + str(g.r.randint(1, 9))
    if k == 0:
        return 'wafer_sort_summary_csv', 'lot_id,wafer,die_x,die_y,bin\n' + '\n'.join('%s,%02d,%d,%d,%d' % (lot, g.r.randint(1, 25), g.r.randint(-20, 20), g.r.randint(-20, 20), g.r.choice([1, 1, 1, 7, 12])) for _ in range(4))
    return 'mes_lot_trace_log', 'MES> TRACK-IN lot=%s route=%s step=%s equipment=ETCH%02d carrier=FOUP%s' % (lot, g.uan(8), g.s(DIG, 4), g.r.randint(1, 30), g.uan(6))

def c_jtag(g, k):
    def idc():
        ver = g.r.randint(0, 15); part = g.r.getrandbits(16); mfr = g.r.getrandbits(11)
        return (ver << 28) | (part << 12) | (mfr << 1) | 1
    if k == 0:
        return 'openocd_scan_chain_output', '\n'.join('Info : JTAG tap: chip.tap%d tap/device found: 0x%08x (mfg: 0x%03x, part: 0x%04x, ver: 0x%x)' % (i, v, (v >> 1) & 0x7FF, (v >> 12) & 0xFFFF, v >> 28) for i, v in enumerate([idc(), idc()]))
    return 'bsdl_idcode_register_attribute', 'attribute IDCODE_REGISTER of chip_top : entity is\n  "%s" &  -- version\n  "%s" &  -- part\n  "%s" &  -- manufacturer\n  "1";' % (format(g.r.getrandbits(4), '04b'), format(g.r.getrandbits(16), '016b'), format(g.r.getrandbits(11), '011b'))

def c_digest(g, k):
    if k == 0:
        return 'bitstream_release_sha256sums', '\n'.join('%s  %s' % (_sha256(g), f) for f in ['top_zcu104.bit', 'top_zcu104.ltx', 'boot.bin'])
    return 'gds_tapeout_manifest_md5', 'cell: chip_top\nfile: chip_top.gds.gz\nmd5: %s\nlayers: 212\nsize_bytes: %d' % (_md5(g), g.r.randint(10 ** 8, 10 ** 10))

def c_dna(g, k):
    if k == 0:
        return 'vivado_device_dna_readout', 'INFO: [Labtools 27-1434] Device xc7z020 (JTAG device index = 1) DNA_PORT = %s' % g.HEX(15)
    return 'efuse_chip_id_table_md', '| board | chip_id (eFuse) | rev |\n|---|---|---|\n' + '\n'.join('| brd-%02d | 0x%s | B%d |' % (g.r.randint(1, 60), g.hex(16), g.r.randint(0, 2)) for _ in range(3))

def c_hostid(g, k):
    mac = g.hex(12)
    if k == 0:
        return 'lmhostid_command_output', 'lmhostid - Copyright (c) 1989-2025 Flexera. All Rights Reserved.\nThe FlexNet host ID of this machine is "%s %s"' % (mac, g.hex(12))
    return 'license_request_form_fields', 'Host name: lic01\nHost ID (Ethernet): %s\nPort: 27020\nFeature: Xcelium_Single_Core  Count: 40\nContract: C-%s' % (mac, g.s(DIG, 7))

def c_visa(g, k):
    if k == 0:
        return 'pyvisa_list_resources_output', ">>> rm.list_resources()\n('USB0::0x2A8D::0x%04X::MY%s::INSTR', 'TCPIP0::10.20.4.%d::hislip0::INSTR', 'GPIB0::%d::INSTR')" % (g.r.getrandbits(16), g.s(DIG, 8), g.r.randint(2, 250), g.r.randint(1, 30))
    return 'scpi_idn_query_response', '*IDN?\nKeysight Technologies,DSOX%dA,MY%s,%d.%02d.%04d' % (g.r.randint(1000, 9999), g.s(DIG, 8), g.r.randint(1, 9), g.r.randint(0, 99), g.r.randint(0, 9999))

def c_gerrit(g, k):
    if k == 0:
        return 'gerrit_commit_message_footer', 'rtl/axi: fix wstrb handling on narrow bursts\n\nChange-Id: I%s\nSigned-off-by: Lena Park <lena@chipco.example.com>' % g.hex(40)
    return 'git_log_oneline_rtl_repo', '\n'.join('%s %s' % (g.hex(12), m) for m in ['lint: waive W164a in fifo', 'tb: bump uvm seed handling', 'syn: update sdc for 1.2GHz'])

def c_seed(g, k):
    if k == 0:
        return 'uvm_sim_log_seed_banner', 'UVM_INFO @ 0: reporter [RNTST] Running test axi_burst_test...\n# SVSEED: %d\n# run id %s' % (g.r.getrandbits(32), g.hex(16))
    return 'urg_coverage_db_index', 'simv.vdb/snps/coverage/db/testdata/%s_%d\nmerge_hash=%s' % (g.lan(8), g.r.getrandbits(31), g.hex(32))

def c_placeholder(g, k):
    if k == 0:
        return 'flow_env_template_file', 'LM_LICENSE_FILE=27020@<license-server>\nLICENSE_ADMIN_PASSWORD=<set-in-vault>\nBENCH_GATEWAY_TOKEN=\nFARM_API_KEY=${FARM_API_KEY:?missing}'
    return 'eda_install_guide_snippet', 'Run:  lmadmin -setpassword <ADMIN_PASSWORD>\nReplace YOUR_PORTAL_TOKEN with the token from the foundry portal (format: pdk_xxxxxxxxxxxxxxxx).'

def c_masked(g, k):
    if k == 0:
        return 'lsf_job_env_dump_masked', 'FARM_TOKEN=****************\nRESULTS_DB_PW=[masked]\nLSB_JOBID=%d' % g.r.randint(10 ** 6, 10 ** 7)
    return 'bench_log_redacted_auth', '%s INFO benchgw: connect user=ate password=<redacted> token=%s… (truncated)' % ('2026-03-%02d' % g.r.randint(1, 28), g.s('*', 4))

def c_ref(g, k):
    if k == 0:
        return 'vault_kv_path_reference_tcl', 'set lic_pw [exec vault kv get -field=admin_pw secret/eda/lic01]\nset portal [exec op read op://Chip-Lab/foundry-portal/credential]'
    return 'ci_secret_expression_reference', 'env:\n  FARM_TOKEN: ${{ secrets.FARM_TOKEN }}\n  BMC_PASS: $(BMC_PASS)\n  GW_KEY: {{ vault "kv/bench/gw" "key" }}'

def c_cipher(g, k):
    if k == 0:
        body = base64.b64encode(bytes(g.r.getrandbits(8) for _ in range(120))).decode()
        return 'gpg_armored_message_in_repo', '-----BEGIN PGP MESSAGE-----\n\n' + '\n'.join(body[i:i + 64] for i in range(0, len(body), 64)) + '\n=' + g.an(4) + '\n-----END PGP MESSAGE-----'
    body = base64.b64encode(bytes(g.r.getrandbits(8) for _ in range(96))).decode()
    return 'age_armored_file_excerpt', '-----BEGIN AGE ENCRYPTED FILE-----\n' + '\n'.join(body[i:i + 64] for i in range(0, len(body), 64)) + '\n-----END AGE ENCRYPTED FILE-----'

def c_talk(g, k):
    if k == 0:
        return 'lab_access_policy_paragraph', 'Bench PCs: the local admin password rotates every 30 days and is never written on the bench. Ask the lab lead for a one-time credential; do not reuse your badge PIN.'
    return 'bringup_chat_no_value', 'mei: what was the BMC password again?\nravi: not on chat :) it is in the lab vault under bench/bmc, request access from IT'

def c_pubkey(g, k):
    if k == 0:
        blob = struct.pack('>I', 11) + b'ssh-ed25519' + struct.pack('>I', 32) + bytes(g.r.getrandbits(8) for _ in range(32))
        return 'board_farm_authorized_keys_line', 'ssh-ed25519 ' + base64.b64encode(blob).decode() + ' labgrid@coordinator'
    return 'secure_boot_pubkey_hash_otp', 'OTP bank 2 (ROTPK hash, public key digest):\n' + ' '.join(g.hex(8) for _ in range(8))

def c_uuid(g, k):
    if k == 0:
        return 'regression_dashboard_run_ids', 'run %s  status=PASS  tests=812\nrun %s  status=FAIL  tests=812' % (g.uuid4(), g.uuid4())
    return 'otel_traceparent_in_flow_log', 'flow=place_route traceparent=00-%s-%s-01 span=detail_route' % (g.hex(32), g.hex(16))

def c_datecode(g, k):
    if k == 0:
        return 'bom_part_marking_rows', 'refdes,mpn,marking,date_code\n' + '\n'.join('U%d,%s,%s,%s' % (g.r.randint(1, 99), g.uan(10), g.uan(6), '%02d%02d' % (g.r.randint(20, 26), g.r.randint(1, 52))) for _ in range(3))
    return 'reel_label_barcode_fields', '(1P)%s (Q)%d (D)%s (1T)%s (4L)TW' % (g.uan(12), g.r.randint(100, 5000), '%02d%02d' % (g.r.randint(20, 26), g.r.randint(1, 52)), g.uan(10))

CLASSES = [
 ('wafer_lot_die_coordinates', c_wafer), ('jtag_idcode_values', c_jtag), ('release_artifact_digests', c_digest),
 ('device_dna_efuse_identifiers', c_dna), ('license_hostid_fields', c_hostid), ('instrument_resource_strings', c_visa),
 ('gerrit_change_and_commit_ids', c_gerrit), ('simulation_seeds_run_hashes', c_seed), ('eda_template_placeholders', c_placeholder),
 ('masked_farm_credentials', c_masked), ('vault_and_op_references', c_ref), ('armored_pgp_age_ciphertexts', c_cipher),
 ('lab_password_talk_no_value', c_talk), ('public_keys_and_key_digests', c_pubkey), ('run_uuids_and_trace_ids', c_uuid),
 ('component_marking_date_codes', c_datecode),
]

WRAPS = [
 ('', None),
 ('__in_chip_slack_huddle_notes', 'huddle notes (bringup):\n{T}\n-- end'),
 ('__in_verif_jira_comment', 'Comment on VERIF-%d:\n{T}'),
 ('__in_rtl_merge_request_diff', '@@ -1,3 +1,6 @@\n+{T}'),
 ('__in_lab_wiki_code_block', '```\n{T}\n```'),
 ('__in_tapeout_email_quote', '> {T}'),
]

def build(seed=12206):
    g = G(seed); out = []
    for cls, fn in CLASSES:
        for k in range(2):
            for wname, w in WRAPS:
                cont, text = fn(g, k)
                if w:
                    ww = w.replace('%d', str(g.r.randint(1000, 9999)))
                    if ww.startswith('> '): text = '\n'.join('> ' + l for l in text.split('\n'))
                    elif ww.startswith('@@'): text = ww.split('{T}')[0].rstrip('+') + '\n'.join('+' + l for l in text.split('\n'))
                    else: text = ww.replace('{T}', text)
                out.append((cls, cont + wname, text))
    return out
