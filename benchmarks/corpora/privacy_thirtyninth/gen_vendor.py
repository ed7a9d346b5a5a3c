"""Vendor part: regional and vertical SaaS credentials (payments, logistics, messaging,
accounting, booking, schools, clinics, NGOs, farms, local government)."""
import random, base64
from common import shape, uniq, rs, b64url_json, ALNUM, HEX, DIG, UP, LOW

SEED = 39002


def _asaas(r):
    inner = base64.b64encode((rs(r, HEX, 32) + '::000000000000' + rs(r, DIG, 6) + '::$aach_' + shape(r, '{u}')).encode()).decode().rstrip('=')
    return '$aact_' + inner


def _notify(r):
    return 'shop-live-' + shape(r, '{u}') + '-' + shape(r, '{u}')


def _cliniko(r):
    return base64.b64encode((rs(r, DIG, 19) + '-' + rs(r, ALNUM, 32)).encode()).decode().rstrip('=') + '-au' + r.choice('1234')


def _calendly(r):
    return 'eyJraWQiOiIxY2UxZTEzNjE3ZGNmNzY2YjNjZWJjY2Y4ZGM1YmFmYThhNjVlNjg0MDIzZjdjMzJiZTgzNDliMjM4MDEzNWI0IiwidHlwIjoiUEFUIiwiYWxnIjoiRVMyNTYifQ.' + b64url_json({'iss': 'https://auth.calendly.com', 'iat': 1700000000 + r.randrange(10**7), 'jti': shape(r, '{u}'), 'user_uuid': shape(r, '{u}')}) + '.' + rs(r, ALNUM + '-_', 86)


# (type, vendor, label, env name, shape spec or callable)
V = [
 # payments - Africa, LatAm, Asia, Europe, Middle East
 ('paystack_live_secret_key', 'Paystack', 'secret key', 'PAYSTACK_SECRET_KEY', 'sk_live_{h40}'),
 ('flutterwave_live_secret_key', 'Flutterwave', 'secret key', 'FLW_SECRET_KEY', 'FLWSECK-{h32}-X'),
 ('flutterwave_encryption_key', 'Flutterwave', 'encryption key', 'FLW_ENCRYPTION_KEY', '{h24}'),
 ('razorpay_key_secret', 'Razorpay', 'key secret', 'RAZORPAY_KEY_SECRET', '{a24}'),
 ('mercado_pago_production_access_token', 'Mercado Pago', 'access token', 'MP_ACCESS_TOKEN', 'APP_USR-{d16}-{d6}-{h32}-{d9}'),
 ('midtrans_production_server_key', 'Midtrans', 'server key', 'MIDTRANS_SERVER_KEY', 'Mid-server-{b24}'),
 ('xendit_production_secret_key', 'Xendit', 'secret key', 'XENDIT_SECRET_KEY', 'xnd_production_{a60}'),
 ('paymongo_live_secret_key', 'PayMongo', 'secret key', 'PAYMONGO_SECRET_KEY', 'sk_live_{a24}'),
 ('square_production_access_token', 'Square', 'access token', 'SQUARE_ACCESS_TOKEN', 'EAAA{b60}'),
 ('square_oauth_application_secret', 'Square', 'application secret', 'SQUARE_APP_SECRET', 'sq0csp-{b43}'),
 ('mollie_live_api_key', 'Mollie', 'live API key', 'MOLLIE_API_KEY', 'live_{a30}'),
 ('omise_live_secret_key', 'Omise', 'secret key', 'OMISE_SECRET_KEY', 'skey_5{l18}'),
 ('conekta_private_api_key', 'Conekta', 'private key', 'CONEKTA_PRIVATE_KEY', 'key_{a27}'),
 ('culqi_live_secret_key', 'Culqi', 'secret key', 'CULQI_SECRET_KEY', 'sk_live_{h16}'),
 ('yoco_live_secret_key', 'Yoco', 'secret key', 'YOCO_SECRET_KEY', 'sk_live_{h32}'),
 ('iyzico_live_secret_key', 'iyzico', 'secret key', 'IYZICO_SECRET_KEY', '{a32}'),
 ('asaas_production_api_key', 'Asaas', 'API key', 'ASAAS_API_KEY', _asaas),
 ('pagseguro_seller_token', 'PagSeguro', 'token', 'PAGSEGURO_TOKEN', '{u}{h64}'),
 ('mpesa_daraja_consumer_secret', 'M-Pesa Daraja', 'consumer secret', 'MPESA_CONSUMER_SECRET', '{a16}'),
 ('mpesa_daraja_lipa_passkey', 'M-Pesa Daraja', 'Lipa na M-Pesa passkey', 'MPESA_PASSKEY', '{h64}'),
 ('cashfree_production_client_secret', 'Cashfree', 'client secret', 'CASHFREE_CLIENT_SECRET', 'cfsk_ma_prod_{h32}_{h8}'),
 ('instamojo_private_auth_token', 'Instamojo', 'private auth token', 'INSTAMOJO_AUTH_TOKEN', '{h32}'),
 ('paytm_merchant_key', 'Paytm', 'merchant key', 'PAYTM_MERCHANT_KEY', '{a16}'),
 ('tap_payments_live_secret_key', 'Tap Payments', 'secret key', 'TAP_SECRET_KEY', 'sk_live_{a24}'),
 ('moyasar_live_secret_key', 'Moyasar', 'secret key', 'MOYASAR_SECRET_KEY', 'sk_live_{a40}'),
 ('checkout_com_secret_key', 'Checkout.com', 'secret key', 'CKO_SECRET_KEY', 'sk_{l26}'),
 ('klarna_live_api_password', 'Klarna', 'API password', 'KLARNA_API_PASSWORD', 'klarna_live_api_{b52}'),
 ('gocardless_live_access_token', 'GoCardless', 'access token', 'GOCARDLESS_ACCESS_TOKEN', 'live_{b40}'),
 ('braintree_production_access_token', 'Braintree', 'access token', 'BRAINTREE_ACCESS_TOKEN', 'access_token$production${l16}${h32}'),
 ('authorize_net_transaction_key', 'Authorize.net', 'transaction key', 'AUTHNET_TRANSACTION_KEY', '{a16}'),
 ('wompi_production_private_key', 'Wompi', 'private key', 'WOMPI_PRIVATE_KEY', 'prv_prod_{a32}'),
 ('iugu_live_api_token', 'iugu', 'API token', 'IUGU_API_TOKEN', '{H32}'),
 ('vipps_subscription_key', 'Vipps MobilePay', 'subscription key', 'VIPPS_SUBSCRIPTION_KEY', '{h32}'),
 ('sumup_secret_api_key', 'SumUp', 'secret API key', 'SUMUP_API_KEY', 'sup_sk_{a32}'),
 ('payfast_security_passphrase', 'PayFast', 'security passphrase', 'PAYFAST_PASSPHRASE', '{a18}'),
 ('adyen_live_api_key', 'Adyen', 'API key', 'ADYEN_API_KEY', 'AQE{a20}+{b60}=-{a20}+{a12}=-{b12}'),
 ('plaid_production_secret', 'Plaid', 'production secret', 'PLAID_SECRET', '{h30}'),
 # e-commerce / POS
 ('woocommerce_rest_consumer_secret', 'WooCommerce', 'consumer secret', 'WC_CONSUMER_SECRET', 'cs_{h40}'),
 ('prestashop_webservice_key', 'PrestaShop', 'webservice key', 'PS_WEBSERVICE_KEY', '{U32}'),
 ('magento_integration_access_token', 'Magento', 'integration access token', 'MAGENTO_ACCESS_TOKEN', '{l32}'),
 ('ecwid_secret_token', 'Ecwid', 'secret token', 'ECWID_SECRET_TOKEN', 'secret_{a32}'),
 ('bigcommerce_store_api_token', 'BigCommerce', 'store API token', 'BC_ACCESS_TOKEN', '{l31}'),
 ('tiendanube_app_access_token', 'Tiendanube', 'access token', 'TIENDANUBE_TOKEN', '{h40}'),
 ('loyverse_access_token', 'Loyverse POS', 'access token', 'LOYVERSE_TOKEN', '{h32}'),
 ('toast_pos_client_secret', 'Toast POS', 'client secret', 'TOAST_CLIENT_SECRET', '{a64}'),
 ('lightspeed_retail_client_secret', 'Lightspeed Retail', 'client secret', 'LIGHTSPEED_CLIENT_SECRET', '{a40}'),
 ('wix_headless_api_key', 'Wix', 'API key', 'WIX_API_KEY', 'IST.{jwt}'),
 ('odoo_user_api_key', 'Odoo', 'API key', 'ODOO_API_KEY', '{h40}'),
 ('erpnext_api_secret', 'ERPNext', 'API secret', 'ERPNEXT_API_SECRET', '{l15}'),
 # logistics
 ('shippo_live_api_token', 'Shippo', 'live API token', 'SHIPPO_TOKEN', 'shippo_live_{h40}'),
 ('easypost_production_api_key', 'EasyPost', 'production API key', 'EASYPOST_API_KEY', 'EZAK{h54}'),
 ('aftership_api_key', 'AfterShip', 'API key', 'AFTERSHIP_API_KEY', 'asat_{h32}'),
 ('sendcloud_secret_key', 'Sendcloud', 'secret key', 'SENDCLOUD_SECRET_KEY', '{h32}'),
 ('delhivery_api_token', 'Delhivery', 'API token', 'DELHIVERY_TOKEN', '{h40}'),
 ('shiprocket_auth_token', 'Shiprocket', 'auth token', 'SHIPROCKET_TOKEN', '{jwt}'),
 ('lalamove_api_secret', 'Lalamove', 'API secret', 'LALAMOVE_API_SECRET', 'sk_prod_{a64}'),
 ('dhl_express_api_secret', 'DHL Express', 'API secret', 'DHL_API_SECRET', '{a16}'),
 ('fedex_client_secret', 'FedEx', 'client secret', 'FEDEX_CLIENT_SECRET', '{h32}'),
 ('postnl_api_key', 'PostNL', 'API key', 'POSTNL_APIKEY', '{a32}'),
 ('correios_api_token', 'Correios', 'API token', 'CORREIOS_TOKEN', '{jwt}'),
 ('ninja_van_client_secret', 'Ninja Van', 'client secret', 'NINJAVAN_CLIENT_SECRET', '{h32}'),
 ('packlink_pro_api_key', 'Packlink PRO', 'API key', 'PACKLINK_API_KEY', '{h64}'),
 # messaging / SMS / WhatsApp
 ('africas_talking_api_key', "Africa's Talking", 'API key', 'AT_API_KEY', 'atsk_{h64}'),
 ('termii_api_key', 'Termii', 'API key', 'TERMII_API_KEY', 'TL{a58}'),
 ('msg91_auth_key', 'MSG91', 'auth key', 'MSG91_AUTHKEY', '{d6}{a18}'),
 ('textlocal_api_key', 'Textlocal', 'API key', 'TEXTLOCAL_APIKEY', '{b40}'),
 ('gupshup_api_key', 'Gupshup', 'API key', 'GUPSHUP_APIKEY', '{l32}'),
 ('dialog360_whatsapp_api_key', '360dialog', 'D360 API key', 'D360_API_KEY', '{a32}AK'),
 ('meta_whatsapp_cloud_access_token', 'WhatsApp Cloud API', 'permanent access token', 'WA_ACCESS_TOKEN', 'EAAG{a180}'),
 ('line_messaging_channel_access_token', 'LINE Messaging API', 'channel access token', 'LINE_CHANNEL_ACCESS_TOKEN', '{B171}='),
 ('line_channel_secret', 'LINE', 'channel secret', 'LINE_CHANNEL_SECRET', '{h32}'),
 ('kakao_rest_api_key', 'Kakao', 'REST API key', 'KAKAO_REST_API_KEY', '{h32}'),
 ('viber_bot_auth_token', 'Viber', 'bot auth token', 'VIBER_AUTH_TOKEN', '{h16}-{h16}-{h16}'),
 ('wechat_official_account_appsecret', 'WeChat Official Account', 'AppSecret', 'WECHAT_APPSECRET', '{h32}'),
 ('zalo_oa_access_token', 'Zalo OA', 'access token', 'ZALO_ACCESS_TOKEN', '{b200}'),
 ('vonage_api_secret', 'Vonage', 'API secret', 'VONAGE_API_SECRET', '{a16}'),
 ('plivo_auth_token', 'Plivo', 'auth token', 'PLIVO_AUTH_TOKEN', '{a40}'),
 ('messagebird_live_access_key', 'MessageBird', 'live access key', 'MESSAGEBIRD_ACCESS_KEY', '{a25}'),
 ('infobip_api_key', 'Infobip', 'API key', 'INFOBIP_API_KEY', '{h32}-{u}'),
 ('sinch_sms_service_plan_token', 'Sinch', 'service plan API token', 'SINCH_API_TOKEN', '{h32}'),
 ('clicksend_api_key', 'ClickSend', 'API key', 'CLICKSEND_API_KEY', '{H8}-{H4}-{H4}-{H4}-{H12}'),
 ('textmagic_api_key', 'Textmagic', 'API key', 'TEXTMAGIC_API_KEY', '{a30}'),
 ('telesign_api_key', 'Telesign', 'API key', 'TELESIGN_API_KEY', '{B86}=='),
 ('zenvia_api_token', 'Zenvia', 'API token', 'ZENVIA_TOKEN', '{b40}'),
 ('exotel_api_token', 'Exotel', 'API token', 'EXOTEL_API_TOKEN', '{h40}'),
 ('brevo_api_key', 'Brevo', 'API key', 'BREVO_API_KEY', 'xkeysib-{h64}-{a16}'),
 ('mailjet_secret_key', 'Mailjet', 'secret key', 'MJ_APIKEY_PRIVATE', '{h32}'),
 ('mailerlite_api_token', 'MailerLite', 'API token', 'MAILERLITE_API_TOKEN', '{jwt}'),
 ('activecampaign_api_key', 'ActiveCampaign', 'API key', 'AC_API_KEY', '{h72}'),
 ('chatwoot_api_access_token', 'Chatwoot', 'access token', 'CHATWOOT_API_TOKEN', '{a24}'),
 ('freshdesk_api_key', 'Freshdesk', 'API key', 'FRESHDESK_API_KEY', '{a20}'),
 ('zendesk_api_token', 'Zendesk', 'API token', 'ZENDESK_API_TOKEN', '{a40}'),
 # accounting
 ('xero_oauth_client_secret', 'Xero', 'client secret', 'XERO_CLIENT_SECRET', '{b48}'),
 ('quickbooks_online_client_secret', 'QuickBooks Online', 'client secret', 'QBO_CLIENT_SECRET', '{a40}'),
 ('zoho_books_refresh_token', 'Zoho Books', 'refresh token', 'ZOHO_REFRESH_TOKEN', '1000.{h32}.{h32}'),
 ('freshbooks_client_secret', 'FreshBooks', 'client secret', 'FRESHBOOKS_CLIENT_SECRET', '{h64}'),
 ('holded_api_key', 'Holded', 'API key', 'HOLDED_API_KEY', '{h32}'),
 ('sevdesk_api_token', 'sevDesk', 'API token', 'SEVDESK_API_TOKEN', '{h32}'),
 ('moneybird_api_token', 'Moneybird', 'API token', 'MONEYBIRD_TOKEN', '{h64}'),
 ('fortnox_client_secret', 'Fortnox', 'client secret', 'FORTNOX_CLIENT_SECRET', '{a10}'),
 ('bexio_personal_access_token', 'bexio', 'personal access token', 'BEXIO_TOKEN', '{jwt}'),
 ('myob_api_client_secret', 'MYOB', 'client secret', 'MYOB_CLIENT_SECRET', '{a24}'),
 # booking / hospitality / clinics
 ('calendly_personal_access_token', 'Calendly', 'personal access token', 'CALENDLY_TOKEN', _calendly),
 ('acuity_scheduling_api_key', 'Acuity Scheduling', 'API key', 'ACUITY_API_KEY', '{h32}'),
 ('simplybook_api_secret_key', 'SimplyBook.me', 'secret key', 'SIMPLYBOOK_SECRET', '{h64}'),
 ('mindbody_api_key', 'Mindbody', 'API key', 'MINDBODY_API_KEY', '{h32}'),
 ('cloudbeds_api_access_token', 'Cloudbeds', 'API access token', 'CLOUDBEDS_TOKEN', 'cbat_{a32}'),
 ('mews_connector_access_token', 'Mews', 'access token', 'MEWS_ACCESS_TOKEN', '{H32}-{H32}'),
 ('lodgify_api_key', 'Lodgify', 'API key', 'LODGIFY_API_KEY', '{B64}'),
 ('cliniko_api_key', 'Cliniko', 'API key', 'CLINIKO_API_KEY', _cliniko),
 ('halaxy_client_secret', 'Halaxy', 'client secret', 'HALAXY_CLIENT_SECRET', '{a48}'),
 ('drchrono_client_secret', 'DrChrono', 'client secret', 'DRCHRONO_CLIENT_SECRET', '{a128}'),
 # schools
 ('canvas_lms_access_token', 'Canvas LMS', 'access token', 'CANVAS_TOKEN', '{d4}~{a64}'),
 ('moodle_webservice_token', 'Moodle', 'web service token', 'MOODLE_WSTOKEN', '{h32}'),
 ('schoology_consumer_secret', 'Schoology', 'consumer secret', 'SCHOOLOGY_SECRET', '{h32}'),
 ('powerschool_plugin_client_secret', 'PowerSchool', 'plugin client secret', 'PS_CLIENT_SECRET', '{u}'),
 ('clever_district_app_token', 'Clever', 'district app token', 'CLEVER_TOKEN', '{h40}'),
 ('wonde_school_api_token', 'Wonde', 'API token', 'WONDE_TOKEN', '{h40}'),
 # NGOs / field data / forms
 ('kobotoolbox_api_token', 'KoboToolbox', 'API token', 'KOBO_TOKEN', '{h40}'),
 ('dhis2_personal_access_token', 'DHIS2', 'personal access token', 'DHIS2_PAT', 'd2pat_{a32}{d10}'),
 ('commcare_hq_api_key', 'CommCare HQ', 'API key', 'COMMCARE_API_KEY', '{h40}'),
 ('civicrm_user_api_key', 'CiviCRM', 'user API key', 'CIVICRM_API_KEY', '{a32}'),
 ('donorbox_api_key', 'Donorbox', 'API key', 'DONORBOX_API_KEY', '{b32}'),
 ('typeform_personal_access_token', 'Typeform', 'personal access token', 'TYPEFORM_TOKEN', 'tfp_{a44}_{a14}'),
 ('jotform_api_key', 'Jotform', 'API key', 'JOTFORM_API_KEY', '{h32}'),
 ('airtable_personal_access_token', 'Airtable', 'personal access token', 'AIRTABLE_PAT', 'pat{a14}.{h64}'),
 ('smartsheet_api_access_token', 'Smartsheet', 'API access token', 'SMARTSHEET_TOKEN', '{a37}'),
 ('notion_internal_integration_secret', 'Notion', 'internal integration secret', 'NOTION_SECRET', 'ntn_{d11}{a35}'),
 # farms / weather / maps / local government
 ('planet_labs_api_key', 'Planet', 'API key', 'PL_API_KEY', 'PLAK{h32}'),
 ('openweathermap_api_key', 'OpenWeather', 'API key', 'OWM_API_KEY', '{h32}'),
 ('tomorrow_io_api_key', 'Tomorrow.io', 'API key', 'TOMORROW_API_KEY', '{a32}'),
 ('john_deere_operations_client_secret', 'John Deere Operations Center', 'client secret', 'JD_CLIENT_SECRET', '{b64}'),
 ('agworld_api_token', 'Agworld', 'API token', 'AGWORLD_TOKEN', '{a40}'),
 ('arcgis_location_platform_api_key', 'ArcGIS', 'API key', 'ARCGIS_API_KEY', 'AAPK{h32}{b64}'),
 ('gov_uk_notify_live_api_key', 'GOV.UK Notify', 'live API key', 'NOTIFY_API_KEY', _notify),
 ('gov_uk_pay_live_api_key', 'GOV.UK Pay', 'live API key', 'PAY_API_KEY', 'api_live_{l26}{l32}'),
 ('socrata_app_secret_token', 'Socrata', 'secret token', 'SODA_SECRET_TOKEN', '{a25}'),
 ('what3words_api_key', 'what3words', 'API key', 'W3W_API_KEY', '{U8}'),
]

# 10 config styles + 10 message styles, all new names
STYLES = [
 ('zapier_webhook_step_fields', 'Zapier step "POST to {VEN}"\n  Headers:\n    Authorization | Bearer {V}\n  Data pass-through? no'),
 ('make_scenario_blueprint_json', '{"module":"http:ActionSendData","mapper":{"url":"https://api.vendor.example/v1","headers":[{"name":"X-Api-Key","value":"{V}"}]},"metadata":{"designer":{"name":"{VEN} sync"}}}'),
 ('google_apps_script_properties_call', "// Apps Script attached to the orders sheet\nfunction setup() {\n  PropertiesService.getScriptProperties().setProperty('{ENV}', '{V}');\n}"),
 ('wordpress_plugin_options_export', 'a:3:{s:7:"enabled";s:3:"yes";s:8:"testmode";s:2:"no";s:{LEN}:"{ENV}";s:0:"";}\n# plugin settings export, {VEN} gateway\n{ENV_LOWER} = {V}'),
 ('excel_vba_module_constant', "Attribute VB_Name = \"Module1\"\n' {VEN} connection used by the stock macro\nPublic Const {ENV} As String = \"{V}\"\nSub SyncStock()\nEnd Sub"),
 ('windows_ini_integration_section', '[{VEN}]\nEnabled=1\n{ENV}={V}\nTimeout=30'),
 ('pos_vendor_support_portal_form', '{VEN} integration settings\n----------------------------------\nMode:            (•) Live  ( ) Test\n{LAB}:   {V}\n[ Save ]  [ Test connection ]'),
 ('ifttt_applet_webhook_body', 'If new Google Form response, then make a web request\nURL: https://api.vendor.example/send\nBody: {"{ENV_LOWER}":"{V}","to":"{{Phone}}"}'),
 ('nas_backup_task_settings_txt', 'Task: nightly export to {VEN}\nSchedule: 02:00 daily\nCredential field: {V}\nLast run: success'),
 ('shared_sheet_integrations_tab_row', 'Service\tAccount\tKey / token\tWho set it up\n{VEN}\tshop@\t{V}\tnephew'),
 ('whatsapp_business_group_admin_note', '[18:42] Admin: for the new {VEN} thing, {LAB} is {V} - do not forward pls'),
 ('printed_supplier_welcome_letter_ocr', 'Welcome to {VEN}!\nYour account has been activated.\nYour {LAB}: {V}\nStore this letter securely.'),
 ('it_nephew_sms_instructions', 'hi auntie, open the {VEN} app settings, paste this as the {LAB}: {V} then press save'),
 ('agency_handover_email_body', 'Subject: Website handover\n\nHello,\nas agreed, here are the production credentials. {VEN} {LAB}: {V}\nWe remain available for support.\n-- WebAgency'),
 ('voicemail_callback_transcript_line', 'Voicemail (transcribed): "...this is {VEN} support, the {LAB} for your account is {V}, again that\'s in your e-mail as well..."'),
 ('helpdesk_ticket_customer_reply', '> Please send us your {VEN} {LAB} so we can check.\nSure, it\'s {V}\nThanks, Maria (Bakery Owner)'),
 ('ngo_field_office_handbook_page', 'Field Office Handbook - Chapter 7: Systems\n7.3 {VEN}\nThe country office uses the following {LAB}:\n{V}\nRotate yearly.'),
 ('school_admin_inbox_forward', 'Fwd: Activation\n\nFrom the {VEN} onboarding team:\n  Organisation: Hillside Primary\n  {LAB}: {V}\nPlease pass to the bursar.'),
 ('clinic_reception_binder_scan_ocr', 'RECEPTION BINDER - INTEGRATIONS\n{VEN} ........ {LAB}\n{V}\n(updated 02/24)'),
 ('farm_cooperative_bulletin_snippet', 'Co-op bulletin: the weather/sales board now pulls from {VEN}. Tech note for the committee - {LAB}: {V}'),
]
OCR_STYLES = {'printed_supplier_welcome_letter_ocr', 'clinic_reception_binder_scan_ocr'}


def build():
    from common import ocr_noise
    r = random.Random(SEED)
    recs = []
    for i, (t, ven, lab, env, spec) in enumerate(V):
        g = spec if callable(spec) else (lambda rr, s=spec: shape(rr, s))
        v = uniq(g)(r)
        sname, tpl = STYLES[i % len(STYLES)]
        body = (tpl.replace('{VEN}', ven).replace('{LAB}', lab).replace('{ENV_LOWER}', env.lower())
                .replace('{ENV}', env).replace('{LEN}', str(len(env))))
        before, after = body.split('{V}')
        if sname in OCR_STYLES:
            before = before.split('\n')
            before = '\n'.join(ocr_noise(r, x) for x in before[:-1]) + '\n' + before[-1] if len(before) > 1 else before[0]
            after = ocr_noise(r, after)
        text = before + v + after
        recs.append({'type': t, 'container': t + '__' + sname, 'text': text,
                     'secrets': [{'value': v, 'start': len(before), 'end': len(before) + len(v), 'type': t}],
                     'source': 'vendor'})
    return recs, [s for s, _ in STYLES]
