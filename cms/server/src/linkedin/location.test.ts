import { locationSchema } from '../../../shared/contracts/profile';
import { parseGeoLocation } from './location';

describe('Geo Location', () => {
  it.each([
    ['Boston, Massachusetts, United States', { city: 'Boston', country: 'United States' }],
    ['Lyon, France', { city: 'Lyon', country: 'France' }],
    ['Greater Boston', { city: 'Boston' }],
    ['Greater Seattle Area', { city: 'Seattle' }],
    ['New York City Metropolitan Area', { city: 'New York City' }],
    ['San Francisco Bay Area', { city: 'San Francisco' }],
    ['Dallas-Fort Worth Metroplex', { city: 'Dallas-Fort Worth' }],
    ['Germany', { country: 'Germany' }],
    ['Greater London Area, United Kingdom', { city: 'London', country: 'United Kingdom' }],
    ['  Toronto ,  Ontario , Canada ', { city: 'Toronto', country: 'Canada' }],
  ])('reads %p', (text, location) => {
    // Given LinkedIn's Geo Location text
    // When it is read
    // Then the first part is the city, the last the country, metro areas become their city
    expect(parseGeoLocation(text)).toEqual(location);
    expect(locationSchema.safeParse(location).success).toBe(true);
  });

  it.each(['', '   ', ', ,'])('proposes no location for %p', (text) => {
    expect(parseGeoLocation(text)).toBeUndefined();
  });
});
