
use builtin;
use str;

set edit:completion:arg-completer[pandapon] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'pandapon'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'pandapon'= {
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand cart 'The Taobao shopping cart: list, add, edit, delete, preview and create orders'
            cand order 'Taobao orders: list, show, create, pay, cancel, track'
            cand after-sales 'Refunds and returns on Taobao orders (reverse orders)'
            cand address 'Shipping addresses stored with PandaPon'
            cand freight 'Overseas freight (estimate, preview, book) and domestic tracking updates'
            cand journal 'Show the local record of every write that was sent (payments, cancellations, ...)'
            cand config 'Profiles and settings'
            cand sandbox 'The embedded PandaPon sandbox: serve it for other tools, or reset its data'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pandapon;cart'= {
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the items in the cart'
            cand add 'Add a product to the cart (looks the product up to fill in title, price and shop)'
            cand edit 'Change the quantity of a cart item'
            cand delete 'Remove items from the cart (with no ids on a terminal: pick them from a list)'
            cand preview 'Show what ordering these cart items would cost, per shop'
            cand create 'Turn cart items into an order (shows the preview and asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pandapon;cart;list'= {
            cand --page 'Page number, from 1'
            cand --page-size 'Items per page (--all asks for the largest pages the API allows)'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --all 'Walk every page and print one table (one JSON array)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;cart;add'= {
            cand --item 'The product''s itemMapId, e.g. WUnUC1cILiBjt-Jv3lDdlQ'
            cand --sku 'The SKU id, e.g. 5032007803360'
            cand --quantity 'How many to add'
            cand --input 'Send this JSON body as given (a file, or - for stdin) instead of looking the product up'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;cart;edit'= {
            cand --quantity 'The new quantity'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;cart;delete'= {
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;cart;preview'= {
            cand --ids 'Cart item ids, comma-separated (with none on a terminal: pick them from a list)'
            cand --address-name 'Recipient''s name'
            cand --address-mobile 'Recipient''s mobile phone'
            cand --address-phone 'Recipient''s other phone'
            cand --address-country 'Country'
            cand --address-state 'State or province'
            cand --address-city 'City'
            cand --address-district 'District'
            cand --address-street 'Street address'
            cand --address-zip 'Postal code'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;cart;create'= {
            cand --ids 'Cart item ids, comma-separated (with none on a terminal: pick them from a list)'
            cand --address-name 'Recipient''s name'
            cand --address-mobile 'Recipient''s mobile phone'
            cand --address-phone 'Recipient''s other phone'
            cand --address-country 'Country'
            cand --address-state 'State or province'
            cand --address-city 'City'
            cand --address-district 'District'
            cand --address-street 'Street address'
            cand --address-zip 'Postal code'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;cart;help'= {
            cand list 'List the items in the cart'
            cand add 'Add a product to the cart (looks the product up to fill in title, price and shop)'
            cand edit 'Change the quantity of a cart item'
            cand delete 'Remove items from the cart (with no ids on a terminal: pick them from a list)'
            cand preview 'Show what ordering these cart items would cost, per shop'
            cand create 'Turn cart items into an order (shows the preview and asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pandapon;cart;help;list'= {
        }
        &'pandapon;cart;help;add'= {
        }
        &'pandapon;cart;help;edit'= {
        }
        &'pandapon;cart;help;delete'= {
        }
        &'pandapon;cart;help;preview'= {
        }
        &'pandapon;cart;help;create'= {
        }
        &'pandapon;cart;help;help'= {
        }
        &'pandapon;order'= {
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List orders, newest first as the API sends them'
            cand show 'Show orders: status, lines, amounts and a logistics summary'
            cand logistics 'Show an order''s logistics details'
            cand im-link 'Print the URL of the seller chat for an order'
            cand warehouse 'Change an order''s pre-warehouse (前置仓) name and address'
            cand create 'Create an order directly (not from the cart); shows the cost and asks first'
            cand render 'Show what a direct order would cost, without creating it'
            cand pay 'Pay orders (asks once for the whole batch)'
            cand cancel 'Cancel unpaid orders (asks once for the whole batch)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pandapon;order;list'= {
            cand --status 'Only orders in this status, as the API names it: WAIT_BUYER_PAY, WAIT_SELLER_SEND_GOODS, WAIT_BUYER_CONFIRM_GOODS, TRADE_FINISHED or TRADE_CLOSED'
            cand --since 'Created at or after: 2026-05-01, "2026-05-01 08:00" (local time) or RFC 3339'
            cand --until 'Created at or before (a date alone means the end of that day)'
            cand --page 'Page number, from 1'
            cand --page-size 'Items per page (--all asks for the largest pages the API allows)'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --all 'Walk every page and print one table (one JSON array)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;order;show'= {
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;order;logistics'= {
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;order;im-link'= {
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;order;warehouse'= {
            cand --name 'Warehouse name'
            cand --address 'Warehouse address'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;order;create'= {
            cand --item 'An order line ITEM:SKU:QUANTITY, e.g. 600126245031041190:5016042822039:2 (repeatable). A fourth field, ITEM:SKU:QTY:PRICE, is the unit price in yuan the line is sent with (the documented orderLineList `price`); leave it out to take the shop''s price'
            cand --input 'Send this JSON body as given (a file, or - for stdin)'
            cand --budget 'Budget for the whole order in yuan, e.g. 39.90 (sent as purchaseAmount in cents)'
            cand --source 'The buyer''s platform (orderSource), e.g. lazada'
            cand --seller-order 'The order number on the buyer''s platform (sellerOrderNumber)'
            cand --address-name 'Recipient''s name'
            cand --address-mobile 'Recipient''s mobile phone'
            cand --address-phone 'Recipient''s other phone'
            cand --address-country 'Country'
            cand --address-state 'State or province'
            cand --address-city 'City'
            cand --address-district 'District'
            cand --address-street 'Street address'
            cand --address-zip 'Postal code'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;order;render'= {
            cand --item 'An order line ITEM:SKU:QUANTITY, e.g. 600126245031041190:5016042822039:2 (repeatable). A fourth field, ITEM:SKU:QTY:PRICE, is the unit price in yuan the line is sent with (the documented orderLineList `price`); leave it out to take the shop''s price'
            cand --input 'Send this JSON body as given (a file, or - for stdin)'
            cand --budget 'Budget for the whole order in yuan, e.g. 39.90 (sent as purchaseAmount in cents)'
            cand --source 'The buyer''s platform (orderSource), e.g. lazada'
            cand --seller-order 'The order number on the buyer''s platform (sellerOrderNumber)'
            cand --address-name 'Recipient''s name'
            cand --address-mobile 'Recipient''s mobile phone'
            cand --address-phone 'Recipient''s other phone'
            cand --address-country 'Country'
            cand --address-state 'State or province'
            cand --address-city 'City'
            cand --address-district 'District'
            cand --address-street 'Street address'
            cand --address-zip 'Postal code'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;order;pay'= {
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;order;cancel'= {
            cand --reason 'Why, as sent to the API''s cancelReason'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;order;help'= {
            cand list 'List orders, newest first as the API sends them'
            cand show 'Show orders: status, lines, amounts and a logistics summary'
            cand logistics 'Show an order''s logistics details'
            cand im-link 'Print the URL of the seller chat for an order'
            cand warehouse 'Change an order''s pre-warehouse (前置仓) name and address'
            cand create 'Create an order directly (not from the cart); shows the cost and asks first'
            cand render 'Show what a direct order would cost, without creating it'
            cand pay 'Pay orders (asks once for the whole batch)'
            cand cancel 'Cancel unpaid orders (asks once for the whole batch)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pandapon;order;help;list'= {
        }
        &'pandapon;order;help;show'= {
        }
        &'pandapon;order;help;logistics'= {
        }
        &'pandapon;order;help;im-link'= {
        }
        &'pandapon;order;help;warehouse'= {
        }
        &'pandapon;order;help;create'= {
        }
        &'pandapon;order;help;render'= {
        }
        &'pandapon;order;help;pay'= {
        }
        &'pandapon;order;help;cancel'= {
        }
        &'pandapon;order;help;help'= {
        }
        &'pandapon;after-sales'= {
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List after-sales (reverse) orders'
            cand show 'Show one after-sales order'
            cand render 'Show the reasons and the maximum refundable amount for a sub-order'
            cand submit 'Ask for a refund (on a terminal without flags: a guided walk-through)'
            cand modify 'Change an after-sales request'
            cand cancel 'Withdraw an after-sales request'
            cand message 'Send a message to the seller about an after-sales request'
            cand messages 'List the messages of an after-sales request'
            cand return-logistics 'Show where and how to send goods back (the return-logistics render)'
            cand return-ship 'Tell the seller the return has been shipped'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pandapon;after-sales;list'= {
            cand --refund-id 'Only this after-sales order'
            cand --order 'Only after-sales of this order (purchaseOrderId)'
            cand --sales-order 'Only after-sales of this Taobao order (salesOrderId)'
            cand --status 'Only this refundStatus (the API''s number)'
            cand --since 'Requested at or after: 2026-05-01, "2026-05-01 08:00" (local time) or RFC 3339'
            cand --until 'Requested at or before (a date alone means the end of that day)'
            cand --page 'Page number, from 1'
            cand --page-size 'Items per page (--all asks for the largest pages the API allows)'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --all 'Walk every page and print one table (one JSON array)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;after-sales;show'= {
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;after-sales;render'= {
            cand --sub-order 'The sub-order (order line) id'
            cand --type 'The API''s refundType number (PandaPon does not document the values)'
            cand --goods-status 'The API''s goodsStatus number (PandaPon does not document the values)'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;after-sales;submit'= {
            cand --sub-order 'The sub-order (order line) id'
            cand --type 'The API''s refundType number'
            cand --goods-status 'The API''s goodsStatus number'
            cand --reason 'The reason id, from `after-sales render`'
            cand --amount 'The amount in yuan, at most the maximum the render allows [default: that maximum]'
            cand --description 'What is wrong, for the seller'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;after-sales;modify'= {
            cand --reason 'The new reason id'
            cand --amount 'The new amount in yuan, e.g. 39.90'
            cand --description 'The new description'
            cand --goods-status 'The new goods status (the API''s goodsStatus number)'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;after-sales;cancel'= {
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;after-sales;message'= {
            cand --text 'The message'
            cand --image 'An image to attach: a JPEG, PNG, GIF or WebP file of at most 5 MiB (sent base64-encoded), or an http(s):// URL'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;after-sales;messages'= {
            cand --page 'Page number, from 1'
            cand --page-size 'Items per page (--all asks for the largest pages the API allows)'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --all 'Walk every page and print one table (one JSON array)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;after-sales;return-logistics'= {
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;after-sales;return-ship'= {
            cand --company 'The logistics company code, e.g. SF (see `after-sales return-logistics`)'
            cand --company-name 'The logistics company name, e.g. 顺丰快递'
            cand --tracking 'The tracking number'
            cand --phone 'The sender''s phone'
            cand --description 'A note about the returned goods'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;after-sales;help'= {
            cand list 'List after-sales (reverse) orders'
            cand show 'Show one after-sales order'
            cand render 'Show the reasons and the maximum refundable amount for a sub-order'
            cand submit 'Ask for a refund (on a terminal without flags: a guided walk-through)'
            cand modify 'Change an after-sales request'
            cand cancel 'Withdraw an after-sales request'
            cand message 'Send a message to the seller about an after-sales request'
            cand messages 'List the messages of an after-sales request'
            cand return-logistics 'Show where and how to send goods back (the return-logistics render)'
            cand return-ship 'Tell the seller the return has been shipped'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pandapon;after-sales;help;list'= {
        }
        &'pandapon;after-sales;help;show'= {
        }
        &'pandapon;after-sales;help;render'= {
        }
        &'pandapon;after-sales;help;submit'= {
        }
        &'pandapon;after-sales;help;modify'= {
        }
        &'pandapon;after-sales;help;cancel'= {
        }
        &'pandapon;after-sales;help;message'= {
        }
        &'pandapon;after-sales;help;messages'= {
        }
        &'pandapon;after-sales;help;return-logistics'= {
        }
        &'pandapon;after-sales;help;return-ship'= {
        }
        &'pandapon;after-sales;help;help'= {
        }
        &'pandapon;address'= {
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the stored addresses'
            cand set 'Add an address, or update one with --id (fields not given are kept)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pandapon;address;list'= {
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;address;set'= {
            cand --id 'Update this address instead of adding one'
            cand --name 'Recipient''s name'
            cand --phone 'Recipient''s mobile phone'
            cand --province 'Province'
            cand --city 'City'
            cand --district 'District'
            cand --address 'Street address'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;address;help'= {
            cand list 'List the stored addresses'
            cand set 'Add an address, or update one with --id (fields not given are kept)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pandapon;address;help;list'= {
        }
        &'pandapon;address;help;set'= {
        }
        &'pandapon;address;help;help'= {
        }
        &'pandapon;freight'= {
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand estimate 'Estimate the overseas freight of one item to a destination'
            cand preview 'Show an order''s overseas freight options (the render id feeds `freight book`)'
            cand book 'Create the international logistics order (asks first)'
            cand domestic 'Update an order''s domestic (mainland) logistics information'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pandapon;freight;estimate'= {
            cand --item 'The item id'
            cand --sku 'The SKU id'
            cand --quantity 'How many'
            cand --price 'Unit price in yuan, e.g. 39.90'
            cand --currency 'Currency of the price'
            cand --to-country 'Country code, e.g. US'
            cand --to-state 'State or province, e.g. California'
            cand --to-city 'City'
            cand --to-zip 'Postal code'
            cand --to-address 'Street address'
            cand --to-name 'Recipient''s name'
            cand --to-phone 'Recipient''s phone'
            cand --to-mobile 'Recipient''s mobile phone'
            cand --to-email 'Recipient''s email'
            cand --to-tax-id 'Recipient''s tax id'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;freight;preview'= {
            cand --item 'A line ITEM:SKU:QTY:PRICE, the price in yuan (repeatable)'
            cand --currency 'Currency of the prices'
            cand --input 'Send this JSON body as given (a file, or - for stdin)'
            cand --to-country 'Country code, e.g. US'
            cand --to-state 'State or province, e.g. California'
            cand --to-city 'City'
            cand --to-zip 'Postal code'
            cand --to-address 'Street address'
            cand --to-name 'Recipient''s name'
            cand --to-phone 'Recipient''s phone'
            cand --to-mobile 'Recipient''s mobile phone'
            cand --to-email 'Recipient''s email'
            cand --to-tax-id 'Recipient''s tax id'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;freight;book'= {
            cand --render-id 'The render id from `freight preview`'
            cand --item 'A line ITEM:SKU:QTY:PRICE, the price in yuan (repeatable)'
            cand --currency 'Currency of the prices'
            cand --service-id 'The freight service id chosen from `freight preview`'
            cand --company-name 'The freight company name of that service'
            cand --service-category 'The service category of that service'
            cand --tmall-order 'The Tmall/Taobao order this shipment belongs to'
            cand --remark 'A note for the warehouse'
            cand --input 'Send this JSON body as given (a file, or - for stdin)'
            cand --to-country 'Country code, e.g. US'
            cand --to-state 'State or province, e.g. California'
            cand --to-city 'City'
            cand --to-zip 'Postal code'
            cand --to-address 'Street address'
            cand --to-name 'Recipient''s name'
            cand --to-phone 'Recipient''s phone'
            cand --to-mobile 'Recipient''s mobile phone'
            cand --to-email 'Recipient''s email'
            cand --to-tax-id 'Recipient''s tax id'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;freight;domestic'= {
            cand --order 'The order id'
            cand --tmall-order 'The Tmall/Taobao order id'
            cand --item 'The line shipped, ITEM:SKU:QTY (repeatable; each gets the same tracking)'
            cand --tracking 'The domestic tracking number'
            cand --company 'The domestic logistics company, e.g. 顺丰'
            cand --shipped-at 'When it was handed over (rtsTime) [default: now]'
            cand --parcel 'The parcel''s number on the line (logisticNumer), when it has one'
            cand --input 'Send this JSON body as given (a file, or - for stdin)'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;freight;help'= {
            cand estimate 'Estimate the overseas freight of one item to a destination'
            cand preview 'Show an order''s overseas freight options (the render id feeds `freight book`)'
            cand book 'Create the international logistics order (asks first)'
            cand domestic 'Update an order''s domestic (mainland) logistics information'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pandapon;freight;help;estimate'= {
        }
        &'pandapon;freight;help;preview'= {
        }
        &'pandapon;freight;help;book'= {
        }
        &'pandapon;freight;help;domestic'= {
        }
        &'pandapon;freight;help;help'= {
        }
        &'pandapon;journal'= {
            cand --tail 'Only the last N entries'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;config'= {
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create or update a profile (prompts on a terminal; else reads flags and PANDAPON_* variables)'
            cand show 'Show the resolved settings and where each came from (the secret masked)'
            cand path 'Print the path of the profile file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pandapon;config;init'= {
            cand --access-key 'The access key [env: PANDAPON_ACCESS_KEY]'
            cand --user-id 'The user id [env: PANDAPON_USER_ID]'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --access-secret-stdin 'Read the access secret from stdin (else PANDAPON_ACCESS_SECRET, else a hidden prompt)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;config;show'= {
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;config;path'= {
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;config;help'= {
            cand init 'Create or update a profile (prompts on a terminal; else reads flags and PANDAPON_* variables)'
            cand show 'Show the resolved settings and where each came from (the secret masked)'
            cand path 'Print the path of the profile file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pandapon;config;help;init'= {
        }
        &'pandapon;config;help;show'= {
        }
        &'pandapon;config;help;path'= {
        }
        &'pandapon;config;help;help'= {
        }
        &'pandapon;sandbox'= {
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Run the sandbox in the foreground (prints its URL and credentials; Ctrl-C stops it)'
            cand reset 'Restore the seed data (the cart, orders and the rest)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pandapon;sandbox;serve'= {
            cand --port 'Port on 127.0.0.1 (0 picks a free one)'
            cand --state 'State file [default: <data dir>/pandapon/sandbox.json]'
            cand --latency-ms 'Delay every answer by this many milliseconds'
            cand --fault 'Make an operation misbehave: OP=KIND or OP=KIND*N (OP "*" for all). Kinds: 500, 502, 503, 429 (any status), html, truncate, reset, hang, not-envelope, bad-types, huge'
            cand --clock-offset 'Run the server''s clock this many seconds ahead (negative: behind)'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;sandbox;reset'= {
            cand --state 'State file [default: <data dir>/pandapon/sandbox.json]'
            cand --orders 'Also generate this many synthetic orders (for volume tests and benchmarks)'
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;sandbox;help'= {
            cand serve 'Run the sandbox in the foreground (prints its URL and credentials; Ctrl-C stops it)'
            cand reset 'Restore the seed data (the cart, orders and the rest)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pandapon;sandbox;help;serve'= {
        }
        &'pandapon;sandbox;help;reset'= {
        }
        &'pandapon;sandbox;help;help'= {
        }
        &'pandapon;completions'= {
            cand --profile 'Profile to use from the config file [default: the file''s default_profile, else "default"]'
            cand --config 'Path of the TOML profile file [default: <config dir>/pandapon/config.toml]'
            cand --base-url 'API base URL [default: https://api.pandapon.com]'
            cand --timeout 'Seconds to wait for a request, retries included [default: 30]'
            cand --concurrency 'How many requests a batch (`order show|pay|cancel ID...`) or an `--all` walk keeps in flight, 1 to 32 [default: 8]'
            cand --color 'When to use colour (NO_COLOR is honoured in auto)'
            cand --json 'Print the response data as JSON (pretty on a terminal, compact otherwise)'
            cand -v 'Log each request and response status to stderr'
            cand --verbose 'Log each request and response status to stderr'
            cand --debug 'Log requests, headers, the signed string and responses to stderr (secret masked)'
            cand --dry-run 'Print the request that would be sent, and send nothing'
            cand -y 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --yes 'Answer yes to confirmations (required off a terminal for anything that moves money)'
            cand --no-input 'Never prompt; fail instead when input is needed'
            cand --sandbox 'Run against the embedded sandbox: no account, no real money'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'pandapon;help'= {
            cand cart 'The Taobao shopping cart: list, add, edit, delete, preview and create orders'
            cand order 'Taobao orders: list, show, create, pay, cancel, track'
            cand after-sales 'Refunds and returns on Taobao orders (reverse orders)'
            cand address 'Shipping addresses stored with PandaPon'
            cand freight 'Overseas freight (estimate, preview, book) and domestic tracking updates'
            cand journal 'Show the local record of every write that was sent (payments, cancellations, ...)'
            cand config 'Profiles and settings'
            cand sandbox 'The embedded PandaPon sandbox: serve it for other tools, or reset its data'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'pandapon;help;cart'= {
            cand list 'List the items in the cart'
            cand add 'Add a product to the cart (looks the product up to fill in title, price and shop)'
            cand edit 'Change the quantity of a cart item'
            cand delete 'Remove items from the cart (with no ids on a terminal: pick them from a list)'
            cand preview 'Show what ordering these cart items would cost, per shop'
            cand create 'Turn cart items into an order (shows the preview and asks first)'
        }
        &'pandapon;help;cart;list'= {
        }
        &'pandapon;help;cart;add'= {
        }
        &'pandapon;help;cart;edit'= {
        }
        &'pandapon;help;cart;delete'= {
        }
        &'pandapon;help;cart;preview'= {
        }
        &'pandapon;help;cart;create'= {
        }
        &'pandapon;help;order'= {
            cand list 'List orders, newest first as the API sends them'
            cand show 'Show orders: status, lines, amounts and a logistics summary'
            cand logistics 'Show an order''s logistics details'
            cand im-link 'Print the URL of the seller chat for an order'
            cand warehouse 'Change an order''s pre-warehouse (前置仓) name and address'
            cand create 'Create an order directly (not from the cart); shows the cost and asks first'
            cand render 'Show what a direct order would cost, without creating it'
            cand pay 'Pay orders (asks once for the whole batch)'
            cand cancel 'Cancel unpaid orders (asks once for the whole batch)'
        }
        &'pandapon;help;order;list'= {
        }
        &'pandapon;help;order;show'= {
        }
        &'pandapon;help;order;logistics'= {
        }
        &'pandapon;help;order;im-link'= {
        }
        &'pandapon;help;order;warehouse'= {
        }
        &'pandapon;help;order;create'= {
        }
        &'pandapon;help;order;render'= {
        }
        &'pandapon;help;order;pay'= {
        }
        &'pandapon;help;order;cancel'= {
        }
        &'pandapon;help;after-sales'= {
            cand list 'List after-sales (reverse) orders'
            cand show 'Show one after-sales order'
            cand render 'Show the reasons and the maximum refundable amount for a sub-order'
            cand submit 'Ask for a refund (on a terminal without flags: a guided walk-through)'
            cand modify 'Change an after-sales request'
            cand cancel 'Withdraw an after-sales request'
            cand message 'Send a message to the seller about an after-sales request'
            cand messages 'List the messages of an after-sales request'
            cand return-logistics 'Show where and how to send goods back (the return-logistics render)'
            cand return-ship 'Tell the seller the return has been shipped'
        }
        &'pandapon;help;after-sales;list'= {
        }
        &'pandapon;help;after-sales;show'= {
        }
        &'pandapon;help;after-sales;render'= {
        }
        &'pandapon;help;after-sales;submit'= {
        }
        &'pandapon;help;after-sales;modify'= {
        }
        &'pandapon;help;after-sales;cancel'= {
        }
        &'pandapon;help;after-sales;message'= {
        }
        &'pandapon;help;after-sales;messages'= {
        }
        &'pandapon;help;after-sales;return-logistics'= {
        }
        &'pandapon;help;after-sales;return-ship'= {
        }
        &'pandapon;help;address'= {
            cand list 'List the stored addresses'
            cand set 'Add an address, or update one with --id (fields not given are kept)'
        }
        &'pandapon;help;address;list'= {
        }
        &'pandapon;help;address;set'= {
        }
        &'pandapon;help;freight'= {
            cand estimate 'Estimate the overseas freight of one item to a destination'
            cand preview 'Show an order''s overseas freight options (the render id feeds `freight book`)'
            cand book 'Create the international logistics order (asks first)'
            cand domestic 'Update an order''s domestic (mainland) logistics information'
        }
        &'pandapon;help;freight;estimate'= {
        }
        &'pandapon;help;freight;preview'= {
        }
        &'pandapon;help;freight;book'= {
        }
        &'pandapon;help;freight;domestic'= {
        }
        &'pandapon;help;journal'= {
        }
        &'pandapon;help;config'= {
            cand init 'Create or update a profile (prompts on a terminal; else reads flags and PANDAPON_* variables)'
            cand show 'Show the resolved settings and where each came from (the secret masked)'
            cand path 'Print the path of the profile file'
        }
        &'pandapon;help;config;init'= {
        }
        &'pandapon;help;config;show'= {
        }
        &'pandapon;help;config;path'= {
        }
        &'pandapon;help;sandbox'= {
            cand serve 'Run the sandbox in the foreground (prints its URL and credentials; Ctrl-C stops it)'
            cand reset 'Restore the seed data (the cart, orders and the rest)'
        }
        &'pandapon;help;sandbox;serve'= {
        }
        &'pandapon;help;sandbox;reset'= {
        }
        &'pandapon;help;completions'= {
        }
        &'pandapon;help;help'= {
        }
    ]
    $completions[$command]
}
