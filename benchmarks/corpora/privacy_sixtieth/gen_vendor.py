"""One record per finance / fintech vendor credential type, 12 presentation styles."""
import base64, json, string
from common import Gen, MARK, fill, make, ALNUM, HEX, URLSAFE, LOWER_DIG, UPPER_DIG

SEED = 6002
UH = "0123456789ABCDEF"
B32 = string.ascii_uppercase + "234567"
LA = string.ascii_lowercase + string.digits


def jwt_rs(g, payload):
    h = base64.urlsafe_b64encode(b'{"alg":"RS256","typ":"JWT"}').decode().rstrip("=")
    p = base64.urlsafe_b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return h + "." + p + "." + g.b64url(256)


V = [
 ("stripe_restricted_live_key", "STRIPE_RESTRICTED_KEY", lambda g: "rk_live_51" + g.s(97)),
 ("stripe_webhook_signing_secret", "STRIPE_WEBHOOK_SECRET", lambda g: "whsec_" + g.s(32)),
 ("square_oauth_application_secret", "SQUARE_APP_SECRET", lambda g: "sq0csp-" + g.s(43, URLSAFE)),
 ("braintree_merchant_private_key", "BRAINTREE_PRIVATE_KEY", lambda g: g.hx(32)),
 ("braintree_production_access_token", "BRAINTREE_ACCESS_TOKEN", lambda g: "access_token$production$" + g.s(16, LA) + "$" + g.hx(32)),
 ("adyen_hmac_notification_key", "ADYEN_HMAC_KEY", lambda g: g.s(64, UH)),
 ("checkout_com_legacy_secret_key", "CKO_SECRET_KEY", lambda g: "sk_" + g.uuid()),
 ("mollie_live_api_key", "MOLLIE_API_KEY", lambda g: "live_" + g.s(30)),
 ("mollie_organization_access_token", "MOLLIE_ORG_TOKEN", lambda g: "access_" + g.s(40)),
 ("razorpay_key_secret", "RAZORPAY_KEY_SECRET", lambda g: g.s(24)),
 ("paystack_live_secret_key", "PAYSTACK_SECRET_KEY", lambda g: "sk_live_" + g.hx(40)),
 ("flutterwave_live_secret_key", "FLW_SECRET_KEY", lambda g: "FLWSECK-" + g.hx(32) + "-X"),
 ("flutterwave_encryption_key", "FLW_ENCRYPTION_KEY", lambda g: "FLWSECK" + g.hx(12)),
 ("paddle_billing_api_key", "PADDLE_API_KEY", lambda g: "pdl_live_apikey_01" + g.s(24, LA) + "_" + g.s(22) + "_A" + g.s(2)),
 ("lemon_squeezy_api_key", "LEMONSQUEEZY_API_KEY", lambda g: jwt_rs(g, {"aud": "94d59cef-dbb8-4ea5-b178-d2540fcd6919", "jti": g.hx(40), "sub": g.digits(6)})),
 ("coinbase_exchange_api_secret", "CB_EXCHANGE_SECRET", lambda g: g.b64(64)),
 ("kraken_private_api_key", "KRAKEN_PRIVATE_KEY", lambda g: g.b64(64)),
 ("binance_api_secret_key", "BINANCE_SECRET_KEY", lambda g: g.s(64)),
 ("bitfinex_api_secret", "BFX_API_SECRET", lambda g: g.s(43)),
 ("bitstamp_api_secret", "BITSTAMP_SECRET", lambda g: g.s(32, UPPER_DIG)),
 ("gemini_exchange_api_secret", "GEMINI_API_SECRET", lambda g: g.s(28)),
 ("okx_api_secret_key", "OKX_SECRET_KEY", lambda g: g.s(32, UH)),
 ("bybit_api_secret", "BYBIT_API_SECRET", lambda g: g.s(36)),
 ("kucoin_api_secret", "KUCOIN_API_SECRET", lambda g: g.uuid()),
 ("deribit_client_secret", "DERIBIT_CLIENT_SECRET", lambda g: g.s(43, URLSAFE)),
 ("alpaca_live_secret_key", "APCA_API_SECRET_KEY", lambda g: g.s(40)),
 ("polygon_io_api_key", "POLYGON_API_KEY", lambda g: g.s(32, ALNUM + "_")),
 ("alpha_vantage_api_key", "ALPHAVANTAGE_API_KEY", lambda g: g.s(16, UPPER_DIG)),
 ("finnhub_api_token", "FINNHUB_TOKEN", lambda g: "c" + g.s(19, LA)),
 ("iex_cloud_secret_token", "IEX_SECRET_TOKEN", lambda g: "sk_" + g.hx(32)),
 ("twelve_data_api_key", "TWELVEDATA_API_KEY", lambda g: g.hx(32)),
 ("tiingo_api_token", "TIINGO_API_TOKEN", lambda g: g.hx(40)),
 ("nasdaq_data_link_api_key", "NASDAQ_DATA_LINK_API_KEY", lambda g: g.s(20, ALNUM + "_-")),
 ("intrinio_api_key", "INTRINIO_API_KEY", lambda g: "Oj" + g.s(42)),
 ("marketstack_access_key", "MARKETSTACK_ACCESS_KEY", lambda g: g.hx(32)),
 ("eodhd_api_token", "EODHD_API_TOKEN", lambda g: g.hx(14) + "." + g.digits(8)),
 ("financial_modeling_prep_api_key", "FMP_API_KEY", lambda g: g.s(32)),
 ("refinitiv_rdp_app_key", "RDP_APP_KEY", lambda g: g.hx(40)),
 ("bloomberg_hapi_client_secret", "BBG_HAPI_CLIENT_SECRET", lambda g: g.hx(64)),
 ("factset_api_key", "FACTSET_API_KEY", lambda g: g.s(40)),
 ("openfigi_api_key", "OPENFIGI_API_KEY", lambda g: g.uuid()),
 ("ibkr_flex_web_service_token", "IB_FLEX_TOKEN", lambda g: g.digits(24)),
 ("tradier_brokerage_access_token", "TRADIER_ACCESS_TOKEN", lambda g: g.s(28)),
 ("oanda_v20_personal_token", "OANDA_API_TOKEN", lambda g: g.hx(32) + "-" + g.hx(32)),
 ("saxo_openapi_access_token", "SAXO_ACCESS_TOKEN", lambda g: jwt_rs(g, {"oaa": "77770", "iss": "oa", "aid": g.digits(4), "uid": g.b64url(12), "cid": g.b64url(12), "isa": "False", "tid": g.digits(4), "sid": g.hx(32), "dgi": "84", "exp": "1712345678"})),
 ("schwab_trader_api_app_secret", "SCHWAB_APP_SECRET", lambda g: g.s(16)),
 ("etrade_oauth_consumer_secret", "ETRADE_CONSUMER_SECRET", lambda g: g.hx(64)),
 ("nordigen_bank_data_secret_key", "NORDIGEN_SECRET_KEY", lambda g: g.hx(128)),
 ("tink_client_secret", "TINK_CLIENT_SECRET", lambda g: g.hx(32)),
 ("yapily_application_secret", "YAPILY_APP_SECRET", lambda g: g.uuid()),
 ("mx_platform_api_key", "MX_API_KEY", lambda g: g.hx(40)),
 ("finicity_partner_secret", "FINICITY_PARTNER_SECRET", lambda g: g.s(20)),
 ("salt_edge_app_secret", "SALTEDGE_SECRET", lambda g: g.s(43, URLSAFE)),
 ("modern_treasury_api_key", "MT_API_KEY", lambda g: "live-" + g.s(64)),
 ("unit_org_api_token", "UNIT_ORG_TOKEN", lambda g: "v2.public." + g.b64url(150)),
 ("dwolla_application_secret", "DWOLLA_APP_SECRET", lambda g: g.s(50)),
 ("marqeta_admin_access_token", "MARQETA_ADMIN_TOKEN", lambda g: g.uuid()),
 ("lithic_api_key", "LITHIC_API_KEY", lambda g: g.uuid()),
 ("currencycloud_api_key", "CURRENCYCLOUD_API_KEY", lambda g: g.hx(64)),
 ("airwallex_api_key", "AIRWALLEX_API_KEY", lambda g: g.hx(64)),
 ("rapyd_secret_key", "RAPYD_SECRET_KEY", lambda g: "rsk_" + g.hx(96)),
 ("worldpay_xml_merchant_password", "WORLDPAY_XML_PASSWORD", lambda g: g.s(14)),
 ("authorize_net_transaction_key", "AUTHNET_TRANSACTION_KEY", lambda g: g.s(16)),
 ("authorize_net_signature_key", "AUTHNET_SIGNATURE_KEY", lambda g: g.s(128, UH)),
 ("cybersource_shared_secret", "CYBS_SHARED_SECRET", lambda g: g.b64(32)),
 ("klarna_live_api_key", "KLARNA_API_KEY", lambda g: "klarna_live_api_" + g.s(48, URLSAFE)),
 ("afterpay_merchant_secret_key", "AFTERPAY_SECRET_KEY", lambda g: g.hx(128)),
 ("affirm_private_api_key", "AFFIRM_PRIVATE_KEY", lambda g: g.s(32, UPPER_DIG)),
 ("chargebee_full_access_api_key", "CHARGEBEE_API_KEY", lambda g: "live_" + g.s(34)),
 ("recurly_private_api_key", "RECURLY_API_KEY", lambda g: g.hx(32)),
 ("zuora_oauth_client_secret", "ZUORA_CLIENT_SECRET", lambda g: g.s(40, ALNUM + "=+/")),
 ("maxio_advanced_billing_api_key", "MAXIO_API_KEY", lambda g: g.s(43)),
 ("avalara_avatax_license_key", "AVATAX_LICENSE_KEY", lambda g: g.s(16, UH)),
 ("taxjar_api_token", "TAXJAR_API_TOKEN", lambda g: g.hx(32)),
 ("netsuite_tba_token_secret", "NS_TOKEN_SECRET", lambda g: g.hx(64)),
 ("netsuite_integration_consumer_secret", "NS_CONSUMER_SECRET", lambda g: g.hx(64)),
 ("sap_concur_refresh_token", "CONCUR_REFRESH_TOKEN", lambda g: g.uuid()),
 ("zoho_books_refresh_token", "ZOHO_REFRESH_TOKEN", lambda g: "1000." + g.hx(32) + "." + g.hx(32)),
 ("bill_com_developer_key", "BILL_DEV_KEY", lambda g: "01" + g.s(34, UPPER_DIG)),
 ("tipalti_master_key", "TIPALTI_MASTER_KEY", lambda g: g.s(32)),
 ("bunq_api_key", "BUNQ_API_KEY", lambda g: g.hx(64)),
 ("revolut_business_refresh_token", "REVOLUT_REFRESH_TOKEN", lambda g: "oa_prod_" + g.s(43, URLSAFE)),
 ("monzo_oauth_access_token", "MONZO_ACCESS_TOKEN", lambda g: jwt_rs(g, {"ci": "oauth2client_" + g.s(22), "exp": 1712345678, "iat": 1712323678, "jti": "tok_" + g.s(22), "uci": "user_" + g.s(22), "v": "2"})),
 ("starling_personal_access_token", "STARLING_PAT", lambda g: "eyJhbGciOiJQUzI1NiIsInppcCI6IkdaSVAifQ." + g.b64url(180) + "." + g.b64url(256)),
 ("up_bank_personal_access_token", "UP_TOKEN", lambda g: "up:yeah:" + g.s(128)),
 ("mercury_banking_api_token", "MERCURY_API_TOKEN", lambda g: "secret-token:mercury_production_wma_" + g.s(52)),
 ("circle_payments_api_key", "CIRCLE_API_KEY", lambda g: "LIVE_API_KEY:" + g.hx(32) + ":" + g.hx(32)),
 ("bitgo_access_token", "BITGO_ACCESS_TOKEN", lambda g: "v2x" + g.hx(64)),
 ("moonpay_secret_key", "MOONPAY_SECRET_KEY", lambda g: "sk_live_" + g.s(32)),
 ("etherscan_api_key", "ETHERSCAN_API_KEY", lambda g: g.s(34, UPPER_DIG)),
 ("coinmarketcap_pro_api_key", "CMC_PRO_API_KEY", lambda g: g.uuid()),
 ("coingecko_pro_api_key", "COINGECKO_API_KEY", lambda g: "CG-" + g.s(25)),
 ("fixer_io_access_key", "FIXER_ACCESS_KEY", lambda g: g.hx(32)),
 ("open_exchange_rates_app_id", "OXR_APP_ID", lambda g: g.hx(32)),
 ("currencylayer_access_key", "CURRENCYLAYER_KEY", lambda g: g.hx(32)),
 ("xignite_api_token", "XIGNITE_TOKEN", lambda g: g.s(32, UH)),
 ("sec_api_io_key", "SEC_API_KEY", lambda g: g.hx(64)),
 ("benzinga_api_key", "BENZINGA_API_KEY", lambda g: g.hx(32)),
 ("databento_api_key", "DATABENTO_API_KEY", lambda g: "db-" + g.s(29)),
 ("ig_markets_api_key", "IG_API_KEY", lambda g: g.hx(40)),
 ("ctrader_open_api_client_secret", "CTRADER_CLIENT_SECRET", lambda g: g.s(50)),
 ("zerodha_kite_api_secret", "KITE_API_SECRET", lambda g: g.s(32, LA)),
 ("mambu_api_key", "MAMBU_API_KEY", lambda g: g.s(32)),
 ("sumsub_app_token", "SUMSUB_APP_TOKEN", lambda g: "prd:" + g.s(24) + "." + g.s(32)),
 ("sumsub_secret_key", "SUMSUB_SECRET_KEY", lambda g: g.s(32)),
 ("complyadvantage_api_key", "COMPLYADVANTAGE_API_KEY", lambda g: g.s(32)),
 ("alloy_workflow_secret", "ALLOY_WORKFLOW_SECRET", lambda g: g.s(32)),
 ("trulioo_api_key", "TRULIOO_API_KEY", lambda g: g.hx(32)),
 ("experian_oauth_client_secret", "EXPERIAN_CLIENT_SECRET", lambda g: g.s(16)),
 ("mercado_pago_access_token", "MP_ACCESS_TOKEN", lambda g: "APP_USR-" + g.digits(16) + "-" + g.digits(6) + "-" + g.hx(32) + "-" + g.digits(9)),
 ("midtrans_server_key", "MIDTRANS_SERVER_KEY", lambda g: "Mid-server-" + g.s(24, URLSAFE)),
 ("xendit_secret_key", "XENDIT_SECRET_KEY", lambda g: "xnd_production_" + g.s(64)),
 ("paymongo_secret_key", "PAYMONGO_SECRET_KEY", lambda g: "sk_live_" + g.s(24)),
 ("payu_merchant_salt", "PAYU_SALT", lambda g: g.s(32)),
 ("cashfree_pg_secret_key", "CASHFREE_SECRET_KEY", lambda g: "cfsk_ma_prod_" + g.hx(32) + "_" + g.hx(8)),
 ("yoco_secret_key", "YOCO_SECRET_KEY", lambda g: "sk_live_" + g.hx(20)),
 ("yodlee_client_secret", "YODLEE_SECRET", lambda g: g.s(32)),
 ("codat_api_key", "CODAT_API_KEY", lambda g: g.s(40)),
 ("finix_api_password", "FINIX_PASSWORD", lambda g: g.uuid()),
 ("nmi_gateway_security_key", "NMI_SECURITY_KEY", lambda g: g.s(32)),
 ("global_payments_app_key", "GP_APP_KEY", lambda g: g.s(16)),
 ("clover_merchant_api_token", "CLOVER_API_TOKEN", lambda g: g.uuid()),
]

STYLES = {
 "treasury_ops_env_line": "# treasury-ops.env (do not commit)\n@@K@@=" + MARK + "\n",
 "trading_desk_ini_entry": "[vendor]\nenabled = true\n@@k@@ = " + MARK + "\n",
 "recon_job_yaml_key": "job: recon-@@n@@\nsource:\n  vendor_auth:\n    @@k@@: \"" + MARK + "\"\n",
 "payments_ticket_comment": "Comment by j.okafor (PAY-@@n@@):\nvendor support asked us to re-send the @@k@@ - it's " + MARK + " , can someone rotate after the call?\n",
 "vba_const_declaration": "' connector for the rates workbook\nPublic Const @@K@@ As String = \"" + MARK + "\"\n",
 "workbook_named_range_csv": "Name,RefersTo,Comment\nrngRates,Sheet1!$A$1:$D$40,\n@@K@@,\"=\"\"" + MARK + "\"\"\",temporary\n",
 "airflow_connection_extra_json": "{\"conn_id\": \"vendor_@@n@@\", \"conn_type\": \"http\", \"extra\": {\"@@k@@\": \"" + MARK + "\"}}\n",
 "k8s_stringdata_manifest": "apiVersion: v1\nkind: Secret\nmetadata:\n  name: vendor-creds-@@n@@\nstringData:\n  @@K@@: \"" + MARK + "\"\n",
 "compliance_review_finding": "Finding F-@@n@@ (severity: high)\nEvidence: the integration config exposed @@K@@ with value " + MARK + " in a shared drive.\nAction: rotate, move to vault.\n",
 "spring_boot_properties_line": "spring.application.name=payments-gateway\nvendor.@@k@@=" + MARK + "\n",
 "powershell_profile_assignment": "# finance automation profile\n$env:@@K@@ = '" + MARK + "'\n",
 "dotnet_user_settings_xml": "<appSettings>\n  <add key=\"@@K@@\" value=\"" + MARK + "\" />\n</appSettings>\n",
}
STYLE_NAMES = list(STYLES)


def gen():
    g = Gen(SEED)
    out = []
    for i, (t, key, f) in enumerate(V):
        style = STYLE_NAMES[i % len(STYLE_NAMES)]
        tpl = fill(STYLES[style], K=key, k=key.lower(), n=g.digits(4))
        v = f(g)
        text, spans = make(tpl, [v], [t])
        out.append({"type": t, "container": t + "__" + style, "text": text, "secrets": spans, "source": "vendor"})
    return out
