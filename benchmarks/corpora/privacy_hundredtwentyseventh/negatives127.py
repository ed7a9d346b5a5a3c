"""Hard negatives: 16 classes x 2 base kinds x 6 presentations."""
import hashlib, string
from common127 import G, HEX

WRAPS = [None, 'in_merch_team_chat', 'in_plm_pull_request_review', 'in_supplier_support_ticket', 'in_factory_runbook_page', 'in_wholesale_partner_email']
WRAP_TPL = {
    'in_merch_team_chat': '[merch-chat] {u}: pasting this for reference\n{b}\n',
    'in_plm_pull_request_review': 'Review comment on PR #{n} (plm-sync):\n> {b}\nLooks fine, nothing sensitive here.\n',
    'in_supplier_support_ticket': 'Ticket SUP-{n}: supplier asked about these values\n---\n{b}\n---\n',
    'in_factory_runbook_page': '== Runbook: cutting room integration ==\nExample from production:\n{b}\n',
    'in_wholesale_partner_email': 'Hello,\n\nplease find the requested details below.\n\n{b}\n\nKind regards,\nWholesale ops\n',
}


def gtin_check(d):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(d)))
    return str((10 - s % 10) % 10)


def base_kinds(g):
    r = g.r
    def gtin():
        d = '0' + ''.join(r.choice(string.digits) for _ in range(12))
        return d + gtin_check(d)
    def sgtin():
        return '30' + g.HEX(22)
    def md5():
        return hashlib.md5(g.an(20).encode()).hexdigest()
    def sha256():
        return hashlib.sha256(g.an(20).encode()).hexdigest()
    return {
        'garment_sku_and_style_numbers': [
            ('style_colour_size_sku_csv', lambda: 'style,colour,size,sku\n' + '\n'.join('%s,%s,%s,%s-%s-%s' % (st, c, s, st, c, s) for st, c, s in [('SS26-%04d' % r.randint(1000, 9999), r.choice(['NVY', 'BLK', 'ECRU', 'SAGE']), r.choice(['XS', 'S', 'M', 'L'])) for _ in range(3)])),
            ('plm_style_master_json', lambda: '{"styleId": "ST%08d", "season": "FW26", "parentStyle": "ST%08d", "bomId": "BOM-%s"}' % (r.randint(0, 10**8 - 1), r.randint(0, 10**8 - 1), g.upan(10))),
        ],
        'gtin_barcodes_with_check_digits': [
            ('hangtag_gtin14_print_file', lambda: 'HANGTAG PRINT RUN\n' + '\n'.join('GTIN %s  size %s' % (gtin(), s) for s in ['S', 'M', 'L'])),
            ('ean13_size_run_table', lambda: '| size | EAN-13 |\n|---|---|\n' + '\n'.join('| %s | %s |' % (s, gtin()[1:]) for s in ['36', '38', '40'])),
        ],
        'rfid_epc_sgtin_hex_tags': [
            ('dock_door_read_event_log', lambda: '\n'.join('2026-03-11T09:%02d:%02d reader=dock-door-1 antenna=%d epc=%s rssi=-%d' % (r.randint(0, 59), r.randint(0, 59), r.randint(1, 4), sgtin(), r.randint(40, 70)) for _ in range(3))),
            ('tag_encoding_batch_csv', lambda: 'tid,epc,gtin\n' + '\n'.join('E280%s,%s,%s' % (g.HEX(20), sgtin(), gtin()) for _ in range(2))),
        ],
        'customs_tariff_and_shipment_references': [
            ('commercial_invoice_hs_lines', lambda: '\n'.join('HS %s.%s.%s  %s pcs  origin %s' % (r.choice(['6109', '6203', '6204', '6110']), '%02d' % r.randint(10, 99), '%04d' % r.randint(0, 9999), r.randint(100, 900), r.choice(['BD', 'VN', 'PT', 'TR'])) for _ in range(3))),
            ('container_bill_of_lading_header', lambda: 'B/L %s%010d  container %s%07d  seal %s' % (g.s(string.ascii_uppercase, 4), r.randint(0, 10**10 - 1), g.s(string.ascii_uppercase, 4), r.randint(0, 10**7 - 1), g.upan(9))),
        ],
        'colour_standard_and_lab_dip_references': [
            ('colour_library_tcx_codes', lambda: '\n'.join('%s  TCX %02d-%04d  lab L*%d a*%d b*%d' % (c, r.randint(11, 19), r.randint(1000, 6000), r.randint(20, 90), r.randint(-30, 30), r.randint(-30, 30)) for c in ['Sage', 'Ecru', 'Navy'])),
            ('lab_dip_approval_record', lambda: 'LabDip LD-%s submit %d shade %s spectro file %s.qtx' % (g.upan(8), r.randint(1, 4), r.choice('ABCD'), g.hex(16))),
        ],
        'textile_certificate_numbers': [
            ('oeko_tex_certificate_list', lambda: '\n'.join('OEKO-TEX STANDARD 100 cert %s %s' % (r.choice(['SH025', 'CQ', '2024OK']) + str(r.randint(100, 999)), g.upan(6)) for _ in range(3))),
            ('gots_transaction_certificate_refs', lambda: 'GOTS TC  CU-%d  TC-%s-%d  scope %s' % (r.randint(100000, 999999), g.upan(6), r.randint(2025, 2027), g.upan(12))),
        ],
        'purchase_order_and_cut_ticket_ids': [
            ('cut_ticket_spreading_plan', lambda: 'CUT TICKET %s  marker MK-%s  plies %d  lay %s' % (g.upan(10), g.hex(12), r.randint(20, 120), g.upan(6))),
            ('edi_850_po_numbers_list', lambda: '\n'.join('PO %s  line %d  ref %s' % (g.s(string.digits, 10), r.randint(1, 40), g.upan(16)) for _ in range(3))),
        ],
        'marketplace_order_ids_and_webhook_nonces': [
            ('marketplace_order_export_csv', lambda: 'order_id,listing_id,buyer_ref\n' + '\n'.join('%d,%d,%s' % (r.randint(10**12, 10**13), r.randint(10**9, 10**10), g.uuid()) for _ in range(2))),
            ('webhook_delivery_headers_nonce', lambda: 'X-Delivery-Id: %s\nX-Request-Nonce: %s\nX-Event-Type: order.created' % (g.uuid(), g.hex(32))),
        ],
        'publishable_storefront_keys': [
            ('checkout_widget_public_key_html', lambda: '<script src="https://js.example-pay.com/v3/" data-publishable-key="pk_live_%s"></script>' % g.an(40)),
            ('storefront_public_token_js', lambda: "const storefront = createClient({ publicAccessToken: '%s', domain: 'atelier-shop.example.com' }); // public by design" % g.hex(32)),
        ],
        'masked_fashion_platform_credentials': [
            ('integration_console_masked_rows', lambda: '| integration | key |\n|---|---|\n| PLM sync | %s************ |\n| WMS | ****%s |' % (g.an(4), g.an(4))),
            ('sync_service_redacted_log', lambda: 'INFO connecting to erp host=%s user=plm_sync password=[REDACTED] token=*** (len=%d)' % ('erp.mill.internal', r.randint(32, 64))),
        ],
        'tech_pack_template_placeholders': [
            ('integration_env_template_lines', lambda: 'PLM_DB_PASSWORD=<your-plm-password>\nERP_API_KEY=YOUR_ERP_API_KEY_HERE\nRFID_MW_TOKEN=changeme\nINVENTORY_HMAC_KEY=%s' % ('x' * r.randint(32, 64))),
            ('vendor_docs_example_request', lambda: 'curl -H "Authorization: Bearer {{access_token}}" https://api.example.com/v2/styles?season=%s\n# replace {{access_token}} with your own token' % r.choice(['SS26', 'FW26'])),
        ],
        'secret_vault_lookup_expressions': [
            ('ansible_vault_lookup_hashi', lambda: "plm_db_password: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/plm/%s:password') }}\"" % g.lowan(8)),
            ('azure_keyvault_reference_setting', lambda: 'ERP_API_KEY=@Microsoft.KeyVault(SecretUri=https://atelier-kv.vault.azure.net/secrets/erp-api-key/%s)' % g.hex(32)),
        ],
        'pgp_and_kms_ciphertext_blobs': [
            ('pgp_armored_message_block', lambda: '-----BEGIN PGP MESSAGE-----\n\n' + '\n'.join(g.b64(48) for _ in range(3)) + '\n=' + g.b64(3) + '\n-----END PGP MESSAGE-----'),
            ('kms_encrypted_env_value', lambda: 'RFID_MW_TOKEN_ENCRYPTED=AQICAH' + g.b64(90).replace('\n', '') + '  # decrypt with kms at boot'),
        ],
        'sample_room_password_talk_without_value': [
            ('password_reset_notice_mail', lambda: 'Your supplier portal password expires in %d days. Choose a new one with at least 12 characters at the portal; we will never ask for it by mail.' % r.randint(3, 14)),
            ('fitting_chat_asks_for_login', lambda: '[sample-room] can someone send me the PLM login? I forgot the password again - DM please, not here (ticket %d)' % r.randint(1000, 9999)),
        ],
        'pattern_file_and_design_digests': [
            ('dxf_pattern_sha256_manifest', lambda: '\n'.join('%s  %s.dxf' % (sha256(), n) for n in ['bodice_front', 'sleeve', 'collar'])),
            ('embroidery_dst_md5_listing', lambda: '\n'.join('MD5 (%s.dst) = %s' % (n, md5()) for n in ['crest_small', 'logo_chest'])),
        ],
        'machine_serials_and_design_ids': [
            ('knitting_machine_inventory_serials', lambda: '\n'.join('machine %s serial %s fw %d.%d.%d' % (m, g.upan(12), r.randint(1, 9), r.randint(0, 20), r.randint(0, 99)) for m in ['CMS 530', 'SWG091N2'])),
            ('embroidery_design_catalog_ids', lambda: 'design_id=%s stitches=%d colours=%d guid=%s' % (g.hex(24), r.randint(4000, 40000), r.randint(2, 12), g.uuid())),
        ],
    }


def build(seed=12706):
    g = G(seed)
    out = []
    for cls, kinds in base_kinds(g).items():
        for kind, f in kinds:
            for w in WRAPS:
                b = f()
                if w is None:
                    text, cont = b + '\n', kind
                else:
                    text = WRAP_TPL[w].format(b=b, u=g.r.choice(['lea', 'amir', 'kai']), n=g.r.randint(100, 9999))
                    cont = kind + '__' + w
                out.append({'class': cls, 'container': cont, 'text': text, 'source': 'negative'})
    return out
