"""Vendor part: one record per web3 / exchange / custody / infra vendor credential type, 12 styles."""
import random
from common import SLOT, pick, hexl, b64, uid, owner_pw, jwt, ALNUM, LOW, UP, DIG, B58, HOSTS, USERS, fill

# (type, key name shown in the container, shape spec)
# spec tokens: L:lit  hN hex-lower  HN hex-upper  aN alnum  lN lower+digit  uN upper+digit  dN digits
#              sN alnum_-  BN base58  U uuid  b64:N base64 of N bytes  b64u:N base64url (no pad)  pw owner password  JWT
VENDORS = [
    ('alchemy_app_api_key', 'ALCHEMY_API_KEY', 's32'),
    ('alchemy_notify_auth_token', 'ALCHEMY_NOTIFY_TOKEN', 'a32'),
    ('alchemy_webhook_signing_key', 'ALCHEMY_WEBHOOK_SIGNING_KEY', 'L:whsec_ a24'),
    ('infura_api_key_secret', 'INFURA_API_KEY_SECRET', 'h32'),
    ('quicknode_endpoint_token', 'QUICKNODE_TOKEN', 'h40'),
    ('ankr_premium_rpc_token', 'ANKR_API_TOKEN', 'h64'),
    ('chainstack_node_auth_key', 'CHAINSTACK_KEY', 'h32'),
    ('getblock_access_token', 'GETBLOCK_TOKEN', 'h32'),
    ('nodereal_meganode_api_key', 'NODEREAL_API_KEY', 'h32'),
    ('blast_api_project_id', 'BLASTAPI_PROJECT_ID', 'U'),
    ('drpc_dkey', 'DRPC_KEY', 's48'),
    ('tatum_api_key', 'TATUM_API_KEY', 'L:t- h24 L:- h32'),
    ('nownodes_api_key', 'NOWNODES_API_KEY', 'U'),
    ('blockdaemon_ubiquity_api_key', 'BLOCKDAEMON_API_KEY', 's48'),
    ('helius_rpc_api_key', 'HELIUS_API_KEY', 'U'),
    ('triton_one_rpc_token', 'TRITON_RPC_TOKEN', 'U'),
    ('shyft_api_key', 'SHYFT_API_KEY', 'a16'),
    ('moralis_web3_api_key', 'MORALIS_API_KEY', 'JWT'),
    ('etherscan_api_key', 'ETHERSCAN_API_KEY', 'u34'),
    ('bscscan_api_key', 'BSCSCAN_API_KEY', 'u34'),
    ('polygonscan_api_key', 'POLYGONSCAN_API_KEY', 'u34'),
    ('arbiscan_api_key', 'ARBISCAN_API_KEY', 'u34'),
    ('basescan_api_key', 'BASESCAN_API_KEY', 'u34'),
    ('snowtrace_routescan_api_key', 'SNOWTRACE_API_KEY', 'u34'),
    ('tenderly_access_key', 'TENDERLY_ACCESS_KEY', 's32'),
    ('blocknative_api_key', 'BLOCKNATIVE_API_KEY', 'U'),
    ('covalent_goldrush_api_key', 'GOLDRUSH_API_KEY', 'L:cqt_ s26'),
    ('the_graph_studio_deploy_key', 'GRAPH_DEPLOY_KEY', 'h32'),
    ('the_graph_gateway_api_key', 'GRAPH_GATEWAY_KEY', 'h32'),
    ('goldsky_cli_api_token', 'GOLDSKY_TOKEN', 'L:cm a23'),
    ('dune_analytics_api_key', 'DUNE_API_KEY', 'a32'),
    ('flipside_api_key', 'FLIPSIDE_API_KEY', 'U'),
    ('bitquery_oauth_access_token', 'BITQUERY_TOKEN', 'L:ory_at_ s43 L:. s43'),
    ('nansen_api_key', 'NANSEN_API_KEY', 'a32'),
    ('arkham_intel_api_key', 'ARKHAM_API_KEY', 'U'),
    ('chainalysis_kyt_api_key', 'CHAINALYSIS_KYT_KEY', 'h64'),
    ('trm_labs_api_key', 'TRM_API_KEY', 'a40'),
    ('elliptic_api_secret', 'ELLIPTIC_SECRET', 'h64'),
    ('fireblocks_api_user_key', 'FIREBLOCKS_API_KEY', 'U'),
    ('fireblocks_webhook_secret', 'FIREBLOCKS_WEBHOOK_SECRET', 'b64:32'),
    ('coinbase_cdp_api_key_secret', 'CDP_API_KEY_SECRET', 'b64:64'),
    ('coinbase_commerce_api_key', 'COINBASE_COMMERCE_KEY', 'U'),
    ('coinbase_exchange_api_secret', 'CB_ACCESS_SECRET', 'b64:64'),
    ('binance_spot_api_secret', 'BINANCE_API_SECRET', 'a64'),
    ('binance_ed25519_api_key', 'BINANCE_API_KEY', 'a64'),
    ('kraken_private_api_key', 'KRAKEN_PRIVATE_KEY', 'b64:64'),
    ('bitfinex_api_secret', 'BITFINEX_API_SECRET', 's43'),
    ('okx_v5_secret_key', 'OKX_SECRET_KEY', 'H32'),
    ('bybit_v5_api_secret', 'BYBIT_API_SECRET', 'a36'),
    ('kucoin_api_secret', 'KUCOIN_API_SECRET', 'U'),
    ('gemini_master_api_secret', 'GEMINI_API_SECRET', 'a28'),
    ('bitstamp_api_secret', 'BITSTAMP_API_SECRET', 'a32'),
    ('htx_api_secret_key', 'HTX_SECRET_KEY', 'h8 L:- h8 L:- h8 L:- h5'),
    ('gate_io_api_v4_secret', 'GATE_API_SECRET', 'h64'),
    ('bitget_api_secret', 'BITGET_API_SECRET', 'h64'),
    ('mexc_api_secret', 'MEXC_API_SECRET', 'h32'),
    ('deribit_client_secret', 'DERIBIT_CLIENT_SECRET', 's43'),
    ('bitmex_api_secret', 'BITMEX_API_SECRET', 's48'),
    ('crypto_com_exchange_secret', 'CDC_API_SECRET', 'a24'),
    ('upbit_open_api_secret', 'UPBIT_SECRET_KEY', 'a40'),
    ('bithumb_api_secret', 'BITHUMB_SECRET', 'h32'),
    ('bitso_api_secret', 'BITSO_API_SECRET', 'h32'),
    ('hyperliquid_agent_wallet_key', 'HL_AGENT_PRIVATE_KEY', 'L:0x h64'),
    ('dydx_v4_trading_mnemonic_key', 'DYDX_TRADING_KEY', 'L:0x h64'),
    ('polymarket_clob_api_secret', 'CLOB_SECRET', 'b64u:32P'),
    ('polymarket_clob_api_passphrase', 'CLOB_PASS_PHRASE', 'h64'),
    ('bitgo_long_lived_access_token', 'BITGO_ACCESS_TOKEN', 'L:v2x h64'),
    ('anchorage_digital_api_key', 'ANCHORAGE_API_KEY', 'h64'),
    ('copper_co_api_secret', 'COPPER_API_SECRET', 'h64'),
    ('fordefi_api_user_token', 'FORDEFI_API_TOKEN', 'JWT'),
    ('circle_platform_api_key', 'CIRCLE_API_KEY', 'L:LIVE_API_KEY: h32 L:: h32'),
    ('paxos_client_secret', 'PAXOS_CLIENT_SECRET', 's40'),
    ('zero_hash_api_private_key', 'ZEROHASH_API_SECRET', 'b64:32'),
    ('moonpay_secret_key', 'MOONPAY_SECRET_KEY', 'L:sk_live_ a32'),
    ('ramp_network_host_api_secret', 'RAMP_API_SECRET', 'a40'),
    ('transak_partner_api_secret', 'TRANSAK_API_SECRET', 'b64:24'),
    ('thirdweb_secret_key', 'THIRDWEB_SECRET_KEY', 's86'),
    ('privy_app_secret', 'PRIVY_APP_SECRET', 'B88'),
    ('dynamic_xyz_environment_api_token', 'DYNAMIC_API_TOKEN', 'L:dyn_ a48'),
    ('magic_link_secret_key', 'MAGIC_SECRET_KEY', 'L:sk_live_ H16'),
    ('web3auth_client_secret', 'WEB3AUTH_CLIENT_SECRET', 'h64'),
    ('pinata_jwt_token', 'PINATA_JWT', 'JWT'),
    ('pinata_api_secret', 'PINATA_API_SECRET', 'h64'),
    ('nft_storage_api_token', 'NFT_STORAGE_TOKEN', 'JWT'),
    ('filebase_secret_access_key', 'FILEBASE_SECRET_KEY', 'a40'),
    ('lighthouse_storage_api_key', 'LIGHTHOUSE_API_KEY', 'h8 L:. h32'),
    ('arweave_wallet_jwk_d', 'ARWEAVE_JWK_D', 'b64u:512'),
    ('chainlink_node_api_password', 'CL_API_PASSWORD', 'pw'),
    ('chainlink_keystore_password', 'CL_KEYSTORE_PASSWORD', 'pw'),
    ('chainlink_functions_gateway_secret', 'CL_FUNCTIONS_SECRET', 'h64'),
    ('pyth_hermes_access_token', 'PYTH_HERMES_TOKEN', 'a40'),
    ('gelato_relay_sponsor_key', 'GELATO_RELAY_API_KEY', 's43'),
    ('openzeppelin_defender_api_secret', 'DEFENDER_API_SECRET', 'a64'),
    ('flashbots_auth_signer_key', 'FLASHBOTS_AUTH_KEY', 'L:0x h64'),
    ('bloxroute_auth_header', 'BLOXROUTE_AUTH_HEADER', 'b64:48'),
    ('biconomy_paymaster_api_key', 'BICONOMY_PAYMASTER_KEY', 'a8 L:. U'),
    ('pimlico_bundler_api_key', 'PIMLICO_API_KEY', 'L:pim_ a22'),
    ('zerodev_project_secret', 'ZERODEV_SECRET', 'U'),
    ('safe_api_kit_key', 'SAFE_API_KEY', 'JWT'),
    ('oneinch_dev_portal_api_key', 'ONEINCH_API_KEY', 'a32'),
    ('zerox_swap_api_key', 'ZEROX_API_KEY', 'U'),
    ('coingecko_pro_api_key', 'COINGECKO_PRO_KEY', 'L:CG- a25'),
    ('coinmarketcap_pro_api_key', 'CMC_PRO_API_KEY', 'U'),
    ('cryptocompare_api_key', 'CRYPTOCOMPARE_KEY', 'h64'),
    ('messari_api_key', 'MESSARI_API_KEY', 's36'),
    ('kaiko_api_key', 'KAIKO_API_KEY', 'h32'),
    ('amberdata_api_key', 'AMBERDATA_API_KEY', 'U'),
    ('glassnode_api_key', 'GLASSNODE_API_KEY', 'a27'),
    ('santiment_api_key', 'SANTIMENT_API_KEY', 'l16 L:_ l16'),
    ('defillama_pro_api_key', 'LLAMA_API_KEY', 'h64'),
    ('reservoir_api_key', 'RESERVOIR_API_KEY', 'U'),
    ('opensea_api_key', 'OPENSEA_API_KEY', 'h32'),
    ('magic_eden_api_key', 'MAGICEDEN_API_KEY', 'U'),
    ('zerion_api_key', 'ZERION_API_KEY', 'L:zk_prod_ h32'),
    ('debank_cloud_access_key', 'DEBANK_ACCESS_KEY', 'h40'),
    ('birdeye_api_key', 'BIRDEYE_API_KEY', 'h32'),
    ('jito_block_engine_uuid', 'JITO_UUID', 'U'),
    ('kiln_staking_api_token', 'KILN_API_TOKEN', 'L:kiln_ s42'),
    ('figment_staking_api_key', 'FIGMENT_API_KEY', 'h32'),
    ('allnodes_api_token', 'ALLNODES_TOKEN', 'a48'),
    ('p2p_org_staking_api_token', 'P2P_API_TOKEN', 'a32'),
    ('subscan_api_key', 'SUBSCAN_API_KEY', 'h32'),
    ('onfinality_api_key', 'ONFINALITY_API_KEY', 'U'),
    ('aptos_build_api_key', 'APTOS_API_KEY', 'L:aptoslabs_ a11 L:_ a32'),
    ('shinami_access_key', 'SHINAMI_ACCESS_KEY', 'L:us1_sui_mainnet_ h32'),
    ('hasura_graphql_admin_secret', 'HASURA_GRAPHQL_ADMIN_SECRET', 's40'),
    ('sentio_api_key', 'SENTIO_API_KEY', 'a32'),
    ('envio_hypersync_api_token', 'ENVIO_API_TOKEN', 'U'),
    ('ledger_enterprise_api_password', 'LEDGER_VAULT_API_PASSWORD', 'pw'),
    ('kraken_futures_api_secret', 'KRAKEN_FUTURES_SECRET', 'b64:64'),
    ('lnd_admin_macaroon_hex', 'LND_ADMIN_MACAROON', 'L:0201036c6e6402f801 h220'),
    ('btcpay_greenfield_api_key', 'BTCPAY_API_KEY', 'h40'),
]

STYLES = {
    'bot_settings_pydantic_default': 'class Settings(BaseSettings):\n    network: str = "mainnet"\n    %k%: str = "%V%"\n',
    'trading_engine_toml_credential': '[venues.primary]\nname = "%t%"\n%k% = "%V%"\n',
    'keeper_node_dotenv_line': '# keeper node (%h%)\n%K%=%V%\n',
    'validator_systemd_environment': '[Service]\nEnvironment=%K%=%V%\nExecStart=/usr/local/bin/node-agent --config /etc/node-agent.toml\n',
    'subgraph_ci_workflow_env': 'jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      %K%: "%V%"\n    steps:\n      - uses: actions/checkout@v4\n',
    'railway_variables_json_dump': '{\n  "RAILWAY_ENVIRONMENT": "production",\n  "%K%": "%V%"\n}\n',
    'tfvars_assignment_line': '# %t%\n%k% = "%V%"\n',
    'ops_runbook_markdown_row': '| service | variable | value |\n|---|---|---|\n| %t% | `%K%` | `%V%` |\n',
    'desk_telegram_paste_line': '%u%, [%n%.%n%.24 09:%n%]\n%K% for the new box: %V%\n',
    'helm_values_secret_block': 'secrets:\n  %c%: "%V%"\nreplicaCount: 2\n',
    'rust_config_const_line': '// %t%\npub const %K%: &str = "%V%";\n',
    'next_config_js_env_entry': 'module.exports = {\n  env: {\n    %K%: "%V%",\n  },\n};\n',
}


def shape(spec, rng):
    if spec == 'JWT':
        return jwt(rng, {'alg': 'HS256', 'typ': 'JWT'},
                   {'sub': uid(rng), 'iat': 1700000000 + rng.randrange(10 ** 7), 'scope': 'api'})
    out = []
    for tok in spec.split(' '):
        if tok.startswith('L:'):
            out.append(tok[2:])
        elif tok == 'U':
            out.append(uid(rng))
        elif tok == 'pw':
            out.append(owner_pw(rng))
        elif tok.startswith('b64u:'):
            n = tok[5:]
            if n.endswith('P'):
                out.append(b64(rng, int(n[:-1]), True, True))
            else:
                out.append(b64(rng, int(n), True, False))
        elif tok.startswith('b64:'):
            out.append(b64(rng, int(tok[4:])))
        else:
            c, n = tok[0], int(tok[1:])
            alpha = {'h': '0123456789abcdef', 'H': '0123456789ABCDEF', 'a': ALNUM, 'l': LOW + DIG,
                     'u': UP + DIG, 'd': DIG, 's': ALNUM + '_-', 'B': B58}[c]
            v = pick(rng, alpha, n)
            if c == 's':
                v = rng.choice(ALNUM) + v[1:-1] + rng.choice(ALNUM)
            out.append(v)
    return ''.join(out)


def camel(snake):
    p = snake.split('_')
    return p[0] + ''.join(x.capitalize() for x in p[1:])


def generate(pool, seed=7302):
    rng = random.Random(seed)
    styles = list(STYLES)
    recs = []
    for i, (t, key, spec) in enumerate(VENDORS):
        st = styles[i % len(styles)]
        v = pool.take(lambda: shape(spec, rng))
        tpl = (STYLES[st].replace('%K%', key).replace('%k%', key.lower()).replace('%c%', camel(key.lower()))
               .replace('%t%', t.replace('_', ' ')).replace('%u%', rng.choice(USERS))
               .replace('%h%', rng.choice(HOSTS)).replace('%n%', str(rng.randint(10, 28)))
               .replace('%V%', SLOT))
        text, spans = fill(tpl, v, t)
        recs.append({'type': t, 'container': t + '__' + st, 'text': text, 'secrets': spans, 'source': 'vendor'})
    return recs
