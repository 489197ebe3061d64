export function useInvoerStatus(): { ongeldig: boolean; aantalFouten: number } { return { ongeldig: false, aantalFouten: 0 }; }
