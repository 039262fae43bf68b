import { isPublicAddress } from '../core/net/public-address.js';

export { isPublicAddress };

/** Decides which resolved addresses a feed request may connect to. */
export type AddressPolicy = (address: string) => boolean;

export const publicAddressesOnly: AddressPolicy = isPublicAddress;
export const anyAddress: AddressPolicy = () => true;

/** The policy FEEDS_ALLOW_PRIVATE asks for. */
export function addressPolicy(allowPrivate: boolean): AddressPolicy {
  return allowPrivate ? anyAddress : publicAddressesOnly;
}

/** The error a refused address raises inside a connection attempt (recognised by its code). */
export class PrivateAddressError extends Error {
  override readonly name = 'PrivateAddressError';
  readonly code = 'ERR_FEED_PRIVATE_ADDRESS';

  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(
      host === address
        ? `${address} is a private or internal address`
        : `${host} resolves to ${address}, a private or internal address`,
    );
  }
}
