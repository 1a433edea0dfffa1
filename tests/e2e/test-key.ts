// Public half of a throwaway RSA key, used only by `wxt build --mode e2e` so the test build has a fixed id.
// The private half was discarded: nobody can publish an extension under this id. Store builds carry no key.
export const TEST_EXTENSION_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAoGkSgX7OcvSwaRALUYy4yCDGRRCpQD5MIhoZybMH/N4ymIRLJ+qRygCTD9OAIOGE7kyc7At/j1Ute74XYqx0n/GF7gygdzpfSmxoKgTOiHZZGmpXuxXLTF9vB5iYjW/+yBjEADeVnwK23M+9Dd+vLFRDbvffNEZ3B0VMVVa4hoGkfD3fJTLrUjpceOuZ9/3+Ft+LlL2avetj9wVKFLJNhLzFE2Va0QqCvkWW7E8dSQz3HiQl/NOMVR7i0BZ03UDdgbweAsyoc25JOB/+CuX6ksLpgyvXWG06DcKQPKg90EWe1md0JBqwkQLG37B4hEnZYghzE0dgp02UW0izV3MryQIDAQAB';
/** sha256(DER of the key) -> first 32 hex digits mapped 0-f to a-p. A unit test recomputes it. */
export const TEST_EXTENSION_ID = 'ofhekjddjplcmhphapkggffombcalhnp';
